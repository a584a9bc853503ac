"""Session 38's draw from the DAnIEL corpus: a third unseen set (daniel_zh3) from the UNSEEN
sites' pages that daniel_zh2 did not take. Run from the repository:

    python benchmarks/extraction/gold/daniel_zh3/draw.py --mirror /path/to/rundimeco+waddle \
        --corpus ../shared/corpus --out sample38.json [--sample sample.json]

Same pool and site split as daniel_zh2's draw.py (daniel_zh's eligible pages, less its 40
pages and every page of a site it has a page of; sites shuffled with Random(370), the first
half FIX, the rest UNSEEN). The pages already taken are session 37's four sets (daniel_fix's
fixA/fixB and daniel_zh2's A/B, read from this repository's sample.json files); sets A/B here
are Random(64)/Random(65) over the remaining UNSEEN pages, at most 2 pages of one host per set,
20 each (fewer when the pool runs out: B has 18). ``--out`` gets the lead's sample38.json
(sets daniel_zh3_A/B); ``--sample`` this folder's sample.json (the same sets as A and B, with
the split and ``drawn_as``).

This is /work/s38/draw38.py (the lead's, session 38) with its fixed paths made arguments and
the earlier samples read from this repository; the draw itself is unchanged.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "daniel_zh"))

import draw as d  # noqa: E402  (daniel_zh's draw.py)

SEEDS = {"host_split": 370, "daniel_zh3_A": 64, "daniel_zh3_B": 65}


def host(name: str) -> str:
    return name.split("_")[1]


def domain(h: str) -> str:
    parts = h.split(".")
    second = parts[-2] in ("com", "org", "net", "gov", "edu") and len(parts[-1]) == 2
    k = 3 if len(parts) >= 3 and second else 2
    return ".".join(parts[-k:])


def take(names: list[str], seed: int, used: set[str]) -> list[str]:
    order = sorted(n for n in names if n not in used)
    random.Random(seed).shuffle(order)
    out, per = [], {}
    for n in order:
        if per.get(host(n), 0) >= 2:
            continue
        per[host(n)] = per.get(host(n), 0) + 1
        out.append(n)
        if len(out) == 20:
            break
    return out


def _files(sample: Path) -> set[str]:
    data = json.loads(sample.read_text(encoding="utf-8"))
    return {p["file"] for rows in data["sets"].values() for p in rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--sample", type=Path, help="also write daniel_zh3's sample.json here")
    args = parser.parse_args()
    mirror = args.mirror
    langs = json.loads(d.git(mirror, "show", f"{d.COMMIT}:{d.BASE}/doc_lg.json"))
    listing = d.git(mirror, "ls-tree", "-r", "-l", d.COMMIT, f"{d.BASE}/html/").decode()
    sizes = {}
    for line in listing.splitlines():
        meta, path = line.split("\t", 1)
        sizes[path.rsplit("/", 1)[1]] = int(meta.split()[3])
    chinese = sorted(n for n, lang in langs.items() if lang == "Chinese" and n in sizes)
    taken = d.corpus_titles(args.corpus)
    eligible, seen = [], {}
    for name in chinese:
        if sizes[name] < d.MIN_BYTES:
            continue
        title = d.title_of(d.git(mirror, "show", f"{d.COMMIT}:{d.BASE}/html/{name}"))
        if title and (title in taken or title in seen):
            continue
        seen[title] = name
        eligible.append(name)
    old_files = _files(HERE.parent / "daniel_zh" / "sample.json")
    old_domains = {domain(host(n)) for n in old_files}
    pool = [n for n in eligible if n not in old_files and domain(host(n)) not in old_domains]
    hosts = sorted({domain(host(n)) for n in pool})
    random.Random(SEEDS["host_split"]).shuffle(hosts)
    fix_hosts = set(hosts[: len(hosts) // 2])
    groups = {
        "fix": [n for n in pool if domain(host(n)) in fix_hosts],
        "unseen": [n for n in pool if domain(host(n)) not in fix_hosts],
    }
    zh2 = json.loads((HERE.parent / "daniel_zh2" / "sample.json").read_text(encoding="utf-8"))
    assert zh2["hosts"]["unseen"] == sorted(set(hosts) - fix_hosts)
    used = _files(HERE.parent / "daniel_fix" / "sample.json") | _files(
        HERE.parent / "daniel_zh2" / "sample.json"
    )
    rest = [n for n in groups["unseen"] if n not in used]
    sets = {}
    for key in ("daniel_zh3_A", "daniel_zh3_B"):
        sets[key] = take(rest, SEEDS[key], used)
        used |= set(sets[key])
    rows = {
        k: [{"stem": d.stem_of(n), "file": n, "bytes": sizes[n]} for n in v]
        for k, v in sets.items()
    }
    split = {
        "source": {"repo": d.REPO, "commit": d.COMMIT, "folder": f"{d.BASE}/html"},
        "eligible": len(eligible),
        "pool_after_daniel_zh_hosts": len(pool),
        "hosts": {"fix": sorted(fix_hosts), "unseen": sorted(set(hosts) - fix_hosts)},
        "group_sizes": {k: len(v) for k, v in groups.items()},
        "unseen_left_after_daniel_zh2": len(rest),
    }
    out = {**split, "seeds": SEEDS, "sets": rows}
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.sample is not None:
        mine = {
            **split,
            "seeds": {
                "host_split": SEEDS["host_split"],
                "A": SEEDS["daniel_zh3_A"],
                "B": SEEDS["daniel_zh3_B"],
            },
            "drawn_as": {"A": "daniel_zh3_A", "B": "daniel_zh3_B"},
            "sets": {"A": rows["daniel_zh3_A"], "B": rows["daniel_zh3_B"]},
        }
        text = json.dumps(mine, ensure_ascii=False, indent=1) + "\n"
        args.sample.write_text(text, encoding="utf-8")
    print(len(eligible), len(pool), len(rest), {k: len(v) for k, v in sets.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
