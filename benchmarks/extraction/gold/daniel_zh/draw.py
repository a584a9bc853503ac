"""Draw the daniel_zh sample sets from the DAnIEL corpus (rundimeco/waddle) by code.

    python draw.py --mirror /work/.mirror/rundimeco+waddle/repo --corpus /work/shared/corpus \
        --out sample.json

Population: every page that corpora/Corpus_daniel_v2.1/doc_lg.json labels "Chinese" and that
has a file in corpora/Corpus_daniel_v2.1/html/, at commit COMMIT. Skipped before drawing:
files under 5 KB; pages whose <title> equals the <title> of a page in the shared corpus
(../shared/corpus); and, within the population, a page whose <title> an earlier page (by file
name) already has. Set A: random.Random(52).sample(sorted eligible names, 20). Set B:
random.Random(53).sample(sorted eligible names not in A, 20).

Only file names, sizes and <title> are read before the draw.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import subprocess
from pathlib import Path

from w3lib.encoding import html_to_unicode

COMMIT = "be875ce12ad9e23ef68ef7f3b0605db6d06bcdb1"
REPO = "rundimeco/waddle"
BASE = "corpora/Corpus_daniel_v2.1"
MIN_BYTES = 5 * 1024
PER_SET = 20
SEEDS = {"A": 52, "B": 53}
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def _sniff(raw: bytes) -> str:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def title_of(raw: bytes) -> str:
    text = html_to_unicode(None, raw, auto_detect_fun=_sniff)[1]
    found = _TITLE.search(text)
    return " ".join(found.group(1).split()) if found else ""


def stem_of(name: str) -> str:
    """20120112_udn.com_<sha224> -> 20120112_udn.com_<first 10 hex>: short, still unique."""
    head, _, digest = name.rpartition("_")
    return f"{head}_{digest[:10]}"


def git(mirror: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(mirror), *args], check=True, capture_output=True).stdout


def corpus_titles(corpus: Path) -> set[str]:
    titles = set()
    for path in corpus.rglob("*"):
        if path.suffix not in (".html", ".htm", ".gz") or not path.is_file():
            continue
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
        title = title_of(raw)
        if title:
            titles.add(title)
    return titles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    langs = json.loads(git(args.mirror, "show", f"{COMMIT}:{BASE}/doc_lg.json"))
    listing = git(args.mirror, "ls-tree", "-r", "-l", COMMIT, f"{BASE}/html/").decode()
    sizes = {}
    for line in listing.splitlines():
        meta, path = line.split("\t", 1)
        sizes[path.rsplit("/", 1)[1]] = int(meta.split()[3])
    chinese = sorted(n for n, lang in langs.items() if lang == "Chinese" and n in sizes)
    taken = corpus_titles(args.corpus)
    eligible, skipped, seen = [], {"small": [], "corpus_title": [], "dup_title": []}, {}
    for name in chinese:
        if sizes[name] < MIN_BYTES:
            skipped["small"].append(name)
            continue
        title = title_of(git(args.mirror, "show", f"{COMMIT}:{BASE}/html/{name}"))
        if title and title in taken:
            skipped["corpus_title"].append(name)
        elif title and title in seen:
            skipped["dup_title"].append(name)
        else:
            seen[title] = name
            eligible.append(name)
    sets = {}
    left = list(eligible)
    for key, seed in SEEDS.items():
        sets[key] = random.Random(seed).sample(sorted(left), PER_SET)
        left = [n for n in left if n not in sets[key]]
    out = {
        "source": {"repo": REPO, "commit": COMMIT, "folder": f"{BASE}/html"},
        "population": len(chinese),
        "eligible": len(eligible),
        "skipped": skipped,
        "seeds": SEEDS,
        "sets": {
            k: [{"stem": stem_of(n), "file": n, "bytes": sizes[n]} for n in v]
            for k, v in sets.items()
        },
    }
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(
        f"{len(chinese)} Chinese pages, {len(eligible)} eligible; skipped",
        {k: len(v) for k, v in skipped.items()},
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
