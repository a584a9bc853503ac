"""Per-page differences between two ``run.py --json`` dumps, for one extractor.

    python benchmarks/extraction/compare.py before.json after.json [--extractor snapcrawl]

Lists every page whose body F1, noise kinds or a field's verdict changed, worst drop first,
so a rule change shows what it fixed and what it broke.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

CHECKS = ("published", "title", "source", "author", "editor", "original_title", "category")


def _changes(old: dict, new: dict) -> list[str]:
    out = []
    if "f1" in old and abs(old["f1"] - new.get("f1", 0.0)) >= 0.005:
        out.append(f"F1 {old['f1']:.3f} -> {new.get('f1', 0.0):.3f}")
    if old.get("refused") != new.get("refused"):
        out.append(f"refused {old.get('refused')} -> {new.get('refused')}")
    noise_old, noise_new = set(old.get("noise", {})), set(new.get("noise", {}))
    if noise_old != noise_new:
        out.append(f"noise {sorted(noise_old) or '-'} -> {sorted(noise_new) or '-'}")
    for key in CHECKS:
        if key in old and old[key] != new.get(key):
            was, now = old["got"].get(key), new["got"].get(key)
            out.append(f"{key} {old[key]} -> {new.get(key)} ({was!r} -> {now!r})")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--extractor", default="snapcrawl")
    args = parser.parse_args(argv)
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (args.before, args.after))
    old_rows = {(r["set"], r["page"]): r for r in before.get(args.extractor, [])}
    new_rows = {(r["set"], r["page"]): r for r in after.get(args.extractor, [])}
    found = []
    for key in sorted(old_rows.keys() & new_rows.keys()):
        changes = _changes(old_rows[key], new_rows[key])
        if changes:
            delta = new_rows[key].get("f1", 0.0) - old_rows[key].get("f1", 0.0)
            held = " [held-out]" if new_rows[key]["held_out"] else ""
            found.append((delta, f"{key[0]}/{key[1]}{held}: " + "; ".join(changes)))
    for _, line in sorted(found, key=lambda item: item[0]):
        print(line)
    only = Counter(name for name, _ in old_rows.keys() ^ new_rows.keys())
    if only:
        print("pages in one dump only: " + ", ".join(f"{n} {c}" for n, c in sorted(only.items())))
    print(
        f"{len(found)} of {len(old_rows.keys() & new_rows.keys())} pages changed", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
