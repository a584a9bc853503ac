"""Right / wrong / missing sources of a made-up set, and its near misses wrongly read.

    PYTHONPATH=$PWD python benchmarks/extraction/made_up_source/measure.py /tmp/S [-v]

A page whose gold is None is a near miss: any source read there is "near_wrong". A page
marked ``near_miss`` with a gold outlet (the story's credit beside a picture's or a related
list's) counts as right, wrong or missing like the others; "near_wrong" also counts its
wrong reads. Values are compared after NFKC and removing whitespace, as run.py does.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

from snapcrawl.extract import NotAnArticle, extract_article


def norm(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def main() -> None:
    folder = Path(sys.argv[1])
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    counts = dict.fromkeys(("right", "wrong", "missing", "near_wrong", "none_ok", "err"), 0)
    for pid, entry in sorted(gold.items()):
        html = (folder / f"{pid}.html").read_text(encoding="utf-8")
        try:
            got = extract_article(html, f"https://news.example.cn/a/{pid}.html").source
        except NotAnArticle as refused:
            got, counts["err"] = f"refused:{refused}", counts["err"] + 1
        want = entry["source"]
        if want is None:
            kind = "near_wrong" if got else "none_ok"
        elif norm(got) == norm(want):
            kind = "right"
        else:
            kind = "wrong" if got else "missing"
        if entry["near_miss"] and want is not None and kind == "wrong":
            counts["near_wrong"] += 1
        counts[kind] += 1
        if kind not in ("right", "none_ok") or "-v" in sys.argv:
            print(pid, kind, want, got, entry["note"], sep=" | ")
    credited = sum(1 for entry in gold.values() if entry["source"])
    print(json.dumps(counts), f"credited {credited} no-outlet {len(gold) - credited}")


if __name__ == "__main__":
    main()
