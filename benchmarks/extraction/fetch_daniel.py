"""Copy a page set's pages from their source into a folder, checked against pages.sha256.

    python benchmarks/extraction/fetch_daniel.py DIR --mirror /path/to/rundimeco+waddle.git
    python benchmarks/extraction/fetch_daniel.py DIR            # from raw.githubusercontent.com
    python benchmarks/extraction/fetch_daniel.py DIR --set daniel_zh2 [--mirror ...]

``--set`` names the set (a gold/daniel_* folder; default daniel_zh, the 40 pages of
gold/daniel_zh/). The source is rundimeco/waddle at the commit in gold/<set>/sample.json,
folder corpora/Corpus_daniel_v2.1/html/. With ``--mirror`` (a clone or bare git directory of
that repository) the files are read with ``git show COMMIT:PATH``; otherwise each file is
downloaded from ``--base-url`` (default: raw.githubusercontent.com at that commit). Every file
must match its sha256 in gold/<set>/pages.sha256; a mismatch or a failed read exits 1. The
sets' file names are the source's own, so several sets can share one folder.

A pool set (``--set pool_zh``) comes from transTerminus/webpage_archive: each drawn page's
``raw`` path in its sample.json is read at the sample's commit (``--mirror``: that
repository's git directory; without it, from GitHub raw) and written under the sample's
``file`` name (NNNN.html, the page's number in the archive's tree order); ``--base-url``
serves files by those names.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import daniel  # noqa: E402

RAW = "https://raw.githubusercontent.com/{repo}/{commit}/{folder}/"
GITHUB_RAW = "https://raw.githubusercontent.com/{repo}/{commit}/"


def expected_sha256(gold_dir: Path = daniel.GOLD_DIR) -> dict[str, str]:
    lines = (gold_dir / "pages.sha256").read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split(maxsplit=1) for line in lines if line)}


def from_mirror(mirror: Path, commit: str, path: str) -> bytes:
    """``path`` at ``commit`` of the git directory ``mirror`` (a clone or a bare one)."""
    done = subprocess.run(
        ["git", "-C", str(mirror), "show", f"{commit}:{path}"], capture_output=True, check=False
    )
    if done.returncode:
        raise OSError(done.stderr.decode(errors="replace").strip())
    return done.stdout


def _from_url(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the pages into")
    parser.add_argument(
        "--mirror", type=Path, help="a clone or bare git dir of the set's source repository"
    )
    parser.add_argument("--base-url", help="where the html/ folder is served (default: GitHub raw)")
    parser.add_argument(
        "--set",
        default=daniel.NAME,
        help=f"which set: {', '.join(daniel.names())} (default {daniel.NAME})",
    )
    args = parser.parse_args(argv)
    if args.set not in daniel.names():
        parser.error(f"unknown set {args.set!r}; known: {', '.join(daniel.names())}")
    folder = daniel.folder(args.set)
    src = daniel.sample(folder)["source"]
    if args.mirror is not None and not args.mirror.is_dir():
        parser.error(f"mirror missing: expected {args.mirror} (pass --mirror DIR)")
    base = args.base_url or RAW.format(**src)
    want = expected_sha256(folder)
    args.out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for entry in daniel.entries(folder):
        name = entry["file"]
        path = entry.get("raw") or f"{src['folder']}/{name}"  # pool sets keep the raw path
        try:
            if args.mirror is not None:
                raw = from_mirror(args.mirror, src["commit"], path)
            elif "raw" in entry and not args.base_url:
                raw = _from_url(GITHUB_RAW.format(**src) + urllib.parse.quote(path))
            else:
                raw = _from_url(base.rstrip("/") + "/" + name)
        except OSError as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        if hashlib.sha256(raw).hexdigest() != want.get(name):
            print(f"{name}: sha256 differs from pages.sha256", file=sys.stderr)
            failed += 1
            continue
        (args.out / name).write_bytes(raw)
    print(f"{len(want) - failed} of {len(want)} pages in {args.out}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
