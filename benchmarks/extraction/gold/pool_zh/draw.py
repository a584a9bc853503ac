"""Session 39's draw of pool_zh: 48 webpage_archive pages for an unseen body set (all held out).
Run from the repository, with the archive's git directory and ../shared/corpus:

    python benchmarks/extraction/gold/pool_zh/draw.py --mirror /path/to/webpage_archive \
        --corpus ../shared/corpus --out drawn.json

and compare drawn.json with sample.json (byte for byte). The page listing, the site and the
corpus-title rules are gold/pool_fields/draw.py's (imported from there): the archive's
raw/**.html at its commit, in git's tree order, numbered from 0000; a page's site is the
registered domain of its canonical or og:url, else its raw/ folder. Skipped: the 120 pages of
gold/pool_fields/sample.json, files under 5 KB, pages whose <title> is a title of a
../shared/corpus page or repeats an earlier page's. The eligible pages are sorted, shuffled
with random.Random(391) and taken in order, at most 2 per site, 48 in all, kept in file order.
Only file names, URLs and titles are read: no page's text.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "pool_fields_draw", HERE.parent / "pool_fields" / "draw.py"
)
fields = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fields)

SEED = 391
PER_SITE = 2
TAKE = 48


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    taken = json.loads((HERE.parent / "pool_fields" / "sample.json").read_text(encoding="utf-8"))
    skip = {row["file"] for part in ("A", "B") for row in taken[part]}
    corpus = fields.corpus_titles(args.corpus)
    info, seen_titles = {}, set()
    for number, (name, raw) in enumerate(fields.archive_pages(args.mirror)):
        key = f"{number:04d}"
        if len(raw) < 5000:
            continue
        found = fields.TITLE.search(raw)
        title = found.group(1).decode("utf-8", "replace").strip() if found else ""
        if title in corpus or (title and title in seen_titles):
            continue
        seen_titles.add(title)
        if key + ".html" in skip:
            continue
        link = fields.URL.search(raw[:200000])
        url = (link.group(1) or link.group(2)).decode("utf-8", "replace") if link else None
        folder = name.split("/")[1]
        if url:
            site = fields.regdomain(re.match(r"https?://([^/:]+)", url).group(1))
        elif folder == "unclassify_news":
            site = "u:" + name.split("/")[2].split("_")[0]
        else:
            site = folder
        info[key] = {
            "stem": "pool_" + key,
            "file": key + ".html",
            "bytes": len(raw),
            "sha256": hashlib.sha256(raw).hexdigest(),
            "raw": name,
            "url": url,
            "site": site,
        }
    order = sorted(info)
    random.Random(SEED).shuffle(order)
    per_site: dict[str, int] = {}
    picked = []
    for key in order:
        site = info[key]["site"]
        if per_site.get(site, 0) < PER_SITE:
            per_site[site] = per_site.get(site, 0) + 1
            picked.append(key)
            if len(picked) == TAKE:
                break
    drawn = {
        "source": {"repo": fields.REPO, "commit": fields.COMMIT, "folder": "raw"},
        "decode": "utf-8 when the bytes are valid UTF-8, else the declared charset",
        "seeds": {"A": SEED},
        "eligible": len(info),
        "sets": {"A": [info[key] for key in sorted(picked)]},
    }
    args.out.write_text(json.dumps(drawn, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(info)} eligible, {len(picked)} drawn from {len(per_site)} sites")


if __name__ == "__main__":
    main()
