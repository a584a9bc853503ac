"""Session 37's draw from the DAnIEL corpus, disjoint by site from daniel_zh (its daniel_zh2
sets are this folder's sample). Run from the repository:

    python benchmarks/extraction/gold/daniel_zh2/draw.py --mirror /path/to/rundimeco+waddle \
        --corpus ../shared/corpus --out sample37.json [--sample sample.json]

Eligible pages as daniel_zh's draw.py defines them (its population and skips), less
daniel_zh's 40 pages and every page of a site (registered domain) daniel_zh has a page of.
The remaining sites (registered domains, e.g. qq.com, gansudaily.com.cn; sorted) are shuffled
with Random(370); the first half are FIX sites (pages rules may be written from), the rest
UNSEEN sites (daniel_zh2, measured only). Sets: fixA (Random(60)), fixB (Random(61)) from FIX
sites; daniel_zh2 A/B (Random(62), Random(63)) from UNSEEN sites; 20 pages each, at most 2
pages of one host in one set. ``--out`` gets all four sets (the lead's sample37.json);
``--sample`` this folder's sample.json (daniel_zh2's two sets as A and B, with the split).

This is /work/s37/draw37.py (the lead's, session 37) with its fixed paths made arguments and
daniel_zh's draw module and sample read from this repository; the draw itself is unchanged.
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

SEEDS = {"host_split": 370, "fixA": 60, "fixB": 61, "daniel_zh2_A": 62, "daniel_zh2_B": 63}


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--sample", type=Path, help="also write daniel_zh2's sample.json here")
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
    old = json.loads((HERE.parent / "daniel_zh" / "sample.json").read_text(encoding="utf-8"))
    old_files = {p["file"] for s in old["sets"].values() for p in s}
    old_domains = {domain(host(n)) for n in old_files}
    pool = [n for n in eligible if n not in old_files and domain(host(n)) not in old_domains]
    hosts = sorted({domain(host(n)) for n in pool})
    random.Random(SEEDS["host_split"]).shuffle(hosts)
    fix_hosts = set(hosts[: len(hosts) // 2])
    groups = {
        "fix": [n for n in pool if domain(host(n)) in fix_hosts],
        "unseen": [n for n in pool if domain(host(n)) not in fix_hosts],
    }
    used: set[str] = set()
    sets = {}
    for key, group in (
        ("fixA", "fix"),
        ("fixB", "fix"),
        ("daniel_zh2_A", "unseen"),
        ("daniel_zh2_B", "unseen"),
    ):
        sets[key] = take(groups[group], SEEDS[key], used)
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
    }
    out = {**split, "seeds": SEEDS, "sets": rows}
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.sample is not None:
        mine = {
            **split,
            "seeds": {
                "host_split": SEEDS["host_split"],
                "A": SEEDS["daniel_zh2_A"],
                "B": SEEDS["daniel_zh2_B"],
            },
            "drawn_as": {"A": "daniel_zh2_A", "B": "daniel_zh2_B"},
            "sets": {"A": rows["daniel_zh2_A"], "B": rows["daniel_zh2_B"]},
        }
        text = json.dumps(mine, ensure_ascii=False, indent=1) + "\n"
        args.sample.write_text(text, encoding="utf-8")
    print(len(eligible), len(pool), len(hosts), {k: len(v) for k, v in sets.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
