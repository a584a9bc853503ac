"""magic-html as a peer: its own Python >= 3.12 venv, made on first use, and one long-lived
child process (``magic_child.py``) that extracts page after page.

magic-html needs Python >= 3.12 while snapcrawl runs on 3.11, so it cannot run in-process.
The venv lives outside the repository (``~/.cache/snapcrawl-bench/magic-html-<version>``)
and is reused by later runs; the version is pinned to the one this benchmark was checked with.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

# Checked with 0.1.8: GeneralExtractor().extract(html, base_url=...) -> {"html", "title", ...}
VERSION = "0.1.8"
CHILD = Path(__file__).resolve().parent / "magic_child.py"
PY312_ENV = "SNAPCRAWL_BENCH_PY312"


class PeerError(RuntimeError):
    """The magic-html peer cannot be set up or stopped answering."""


def _version_ok(python: str) -> bool:
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print(sys.version_info >= (3, 12))"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return out.stdout.strip() == "True"


def find_python312(explicit: str | None = None) -> str:
    """An interpreter >= 3.12: ``--py312``, then $SNAPCRAWL_BENCH_PY312, then pyenv's 3.12.x,
    then ``python3.12`` on PATH."""
    if explicit or os.environ.get(PY312_ENV):
        chosen = explicit or os.environ[PY312_ENV]
        if not _version_ok(chosen):
            raise PeerError(f"{chosen} is not a working Python >= 3.12 (needed by magic-html)")
        return chosen
    pyenv_root = os.environ.get("PYENV_ROOT") or str(Path.home() / ".pyenv")
    candidates = sorted(glob.glob(f"{pyenv_root}/versions/3.12*/bin/python"), reverse=True)
    candidates += [p for p in [shutil.which("python3.12")] if p]
    for candidate in candidates:
        if _version_ok(candidate):
            return candidate
    raise PeerError(
        "magic-html needs Python >= 3.12 and none was found: pass --py312 /path/to/python3.12 "
        f"or set {PY312_ENV} (looked in {pyenv_root}/versions/3.12*/ and PATH)"
    )


def default_env_dir() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "snapcrawl-bench" / f"magic-html-{VERSION}"


def ensure_env(env_dir: Path, python312: str | None = None) -> Path:
    """The venv's python, creating the venv and installing magic-html if not done yet."""
    python = env_dir / "bin" / "python"
    marker = env_dir / f"installed-magic-html-{VERSION}"
    if python.exists() and marker.exists():
        return python
    base = find_python312(python312)
    print(f"[magic-html] creating {env_dir} with {base}", file=sys.stderr)
    subprocess.run([base, "-m", "venv", "--clear", str(env_dir)], check=True)
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", f"magic-html=={VERSION}"],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise PeerError(f"pip install magic-html=={VERSION} failed:\n{done.stderr[-2000:]}")
    marker.write_text(VERSION + "\n", encoding="utf-8")
    return python


class MagicHtml:
    """The child process; ``extract`` sends one page and waits for its result."""

    def __init__(self, env_dir: Path | None = None, python312: str | None = None) -> None:
        python = ensure_env(env_dir or default_env_dir(), python312)
        self._proc = subprocess.Popen(
            [str(python), str(CHILD)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},  # keep 3.11 out
        )
        if self._read().get("ready") is not True:
            raise PeerError("magic-html child did not start")
        self._next_id = 0

    def _read(self) -> dict:
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line:
            code = self._proc.wait()
            raise PeerError(f"magic-html child exited with status {code}")
        return json.loads(line)

    def extract(self, html: str, url: str | None) -> dict:
        """{"body", "title", "seconds", "cpu_seconds", "error"} for one page (timed in the child)."""
        assert self._proc.stdin is not None
        self._next_id += 1
        job = {"id": self._next_id, "html": html, "url": url}
        self._proc.stdin.write(json.dumps(job).encode("utf-8") + b"\n")
        self._proc.stdin.flush()
        result = self._read()
        if result.get("id") != self._next_id:
            raise PeerError(f"magic-html child answered job {result.get('id')}, not {job['id']}")
        return result

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        self._proc.wait(timeout=30)
        if self._proc.stdout is not None:
            self._proc.stdout.close()

    def __enter__(self) -> MagicHtml:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
