"""magic-html worker: runs in the peer venv (Python >= 3.12), one process for the whole run.

Reads one JSON job a line on stdin ({"id", "html", "url"}) and writes one JSON result a line
on stdout ({"id", "body", "title", "seconds", "cpu_seconds", "error"}). Both times are
measured here around ``GeneralExtractor.extract`` plus the HTML -> text conversion (wall:
``perf_counter``, CPU: ``process_time``, as the parent does for the in-process extractors),
so the parent's pages per second compare extraction, not process start or pipe transfer.
"""

from __future__ import annotations

import io
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blocktext import html_to_text


def main() -> int:
    from magic_html import GeneralExtractor

    jobs = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8")
    results = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
    sys.stdout = sys.stderr  # anything the library prints must not corrupt the result stream
    extractor = GeneralExtractor()
    results.write(json.dumps({"ready": True}) + "\n")
    for line in jobs:
        job = json.loads(line)
        body, title, error = "", None, None
        start, cpu_start = time.perf_counter(), time.process_time()
        try:
            out = extractor.extract(job["html"], base_url=job.get("url") or "")
            body = html_to_text(out.get("html") or "")
            title = out.get("title")
        except Exception as exc:  # a page magic-html cannot handle counts as an empty result
            error = f"{type(exc).__name__}: {exc}"[:300]
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
        record = {"id": job["id"], "body": body, "title": title, "seconds": seconds}
        record["cpu_seconds"] = cpu_seconds
        results.write(json.dumps({**record, "error": error}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
