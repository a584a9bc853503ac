"""Session 39's draw of 120 webpage_archive pages for field gold (A: fix, B: held out).
Run from the repository, with the archive's git directory and ../shared/corpus:

    python benchmarks/extraction/gold/pool_fields/draw.py --mirror /path/to/webpage_archive \
        --corpus ../shared/corpus --out drawn.json

and compare drawn.json with sample.json (the same pages, in the same parts). The pages are the
archive's raw/**.html at the commit below, in git's tree order, read as bytes. A page's site is
the registered domain of its canonical or og:url (last 2 labels, 3 when the second-last is
com/org/net/gov/edu/ac/co and the last has 2 letters); without a URL, its raw/ folder, and for
raw/unclassify_news/ the file name's part before the first "_". Skipped: files under 5 KB,
pages whose <title> is a title of a ../shared/corpus page (longer than 4 characters) or repeats
an earlier page's. The eligible pages are shuffled with random.Random(39) and taken in order,
at most 3 per site, 120 in all; those 120 are sorted, shuffled with random.Random(40), and the
first 60 are A, the rest B. Only file names, URLs and titles are read: no page's text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import subprocess
from pathlib import Path

REPO = "transTerminus/webpage_archive"
COMMIT = "f987f5ead3b73855895657eb4b932d0e2623fe99"
URL = re.compile(
    rb'<link[^>]+rel="canonical"[^>]+href="(https?://[^"]+)"'
    rb'|<meta[^>]+property="og:url"[^>]+content="(https?://[^"]+)"'
)
TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.S | re.I)
SECOND_LEVEL = {"com", "org", "net", "gov", "edu", "ac", "co"}


def regdomain(host: str) -> str:
    labels = host.lower().split(".")
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def corpus_titles(corpus: Path) -> set[str]:
    titles = set()
    for path in corpus.rglob("*"):
        if path.is_file() and path.name.endswith((".html", ".html.gz", ".htm")):
            raw = path.read_bytes()
            if path.name.endswith(".gz"):
                raw = gzip.decompress(raw)
            found = re.search(
                r"<title[^>]*>(.*?)</title>", raw.decode("utf-8", "replace"), re.S | re.I
            )
            if found and len(found.group(1).strip()) > 4:
                titles.add(found.group(1).strip())
    return titles


def archive_pages(mirror: Path) -> list[tuple[str, bytes]]:
    """(raw path, bytes) of every raw/**.html, in git's tree order."""
    listing = subprocess.run(
        ["git", "-C", str(mirror), "ls-tree", "-r", "-z", COMMIT],
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    rows = []
    for entry in filter(None, listing):
        meta, path = entry.split(b"\t", 1)
        name = path.decode()
        if name.startswith("raw/") and name.endswith(".html"):
            rows.append((meta.split()[2].decode(), name))
    batch = subprocess.Popen(
        ["git", "-C", str(mirror), "cat-file", "--batch"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    pages = []
    for sha, name in rows:
        batch.stdin.write(sha.encode() + b"\n")
        batch.stdin.flush()
        size = int(batch.stdout.readline().split()[2])
        pages.append((name, batch.stdout.read(size)))
        batch.stdout.read(1)
    batch.stdin.close()
    batch.wait()
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    corpus = corpus_titles(args.corpus)
    info, seen_titles = {}, set()
    for number, (name, raw) in enumerate(archive_pages(args.mirror)):
        if len(raw) < 5000:
            continue
        found = TITLE.search(raw)
        title = found.group(1).decode("utf-8", "replace").strip() if found else ""
        if title in corpus or (title and title in seen_titles):
            continue
        seen_titles.add(title)
        link = URL.search(raw[:200000])
        url = (link.group(1) or link.group(2)).decode("utf-8", "replace") if link else None
        folder = name.split("/")[1]
        if url:
            site = regdomain(re.match(r"https?://([^/:]+)", url).group(1))
        elif folder == "unclassify_news":
            site = "u:" + name.split("/")[2].split("_")[0]
        else:
            site = folder
        key = f"{number:04d}"
        info[key] = {"file": key + ".html", "raw": name, "url": url, "site": site}
    order = sorted(info)
    random.Random(39).shuffle(order)
    per_site: dict[str, int] = {}
    picked = []
    for key in order:
        site = info[key]["site"]
        if per_site.get(site, 0) < 3:
            per_site[site] = per_site.get(site, 0) + 1
            picked.append(key)
            if len(picked) == 120:
                break
    parts = sorted(picked)
    random.Random(40).shuffle(parts)
    drawn = {
        "repo": REPO,
        "commit": COMMIT,
        "seeds": {"draw": 39, "split": 40},
        "eligible": len(info),
        "A": [info[key] for key in sorted(parts[:60])],
        "B": [info[key] for key in sorted(parts[60:])],
    }
    args.out.write_text(json.dumps(drawn, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(info)} eligible, {len(picked)} drawn from {len(per_site)} sites")


if __name__ == "__main__":
    main()
