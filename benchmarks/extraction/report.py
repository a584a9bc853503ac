"""Markdown tables from the per-page scores: a summary, then one table per set (and kind)."""

from __future__ import annotations

from collections.abc import Callable

from metrics import FIELDS, NOISE_KINDS
from sets import ORDER

Rows = list[dict]
KIND_ORDER = {"news": 0, "other": 1, "empty": 2}
FIELD_LABELS = {
    "title": "title",
    "published": "published_at (to the minute; date where gold has only a date)",
    "date": "published date",
    "source": "source",
    "author": "author",
    "editor": "editor",
    "original_title": "original_title",
    "category": "category",
    "source_url": "source_url",
}


def _mean(values: list) -> str:
    values = [v for v in values if v is not None]
    return f"{sum(values) / len(values):.3f}" if values else "–"


def _held(rows: Rows) -> Rows:
    return [r for r in rows if r["held_out"]]


def _groups(scores: dict[str, Rows]) -> list[str]:
    rows = next(iter(scores.values()))
    found = {r["group"]: r["set"] for r in rows}
    return sorted(
        found,
        key=lambda g: (ORDER.index(found[g]), KIND_ORDER.get(g.partition(" ")[2], 9), g),
    )


def _prf(rows: Rows) -> str:
    rows = [r for r in rows if "f1" in r]
    return " / ".join(_mean([r[k] for r in rows]) for k in ("p", "r", "f1"))


def _rate(rows: Rows, key: str = "cpu_seconds") -> float | None:
    """Pages per second of ``key`` (CPU time unless told), None when nothing was timed."""
    seconds = sum(r.get(key, r["seconds"]) for r in rows)
    return len(rows) / seconds if seconds else None


def _speed(rows: Rows) -> str:
    rate = _rate(rows)
    return f"{rate:.0f}" if rate else "–"


def _wall_speed(rows: Rows) -> str:
    rate = _rate(rows, "seconds")
    return f"{rate:.0f}" if rate else "–"


def speed_ratio(scores: dict[str, Rows], ours: str = "snapcrawl", peer: str = "trafilatura") -> str:
    """'12.3x': our pages per CPU-second over the peer's, or '' when either is missing."""
    if ours not in scores or peer not in scores:
        return ""
    mine, theirs = _rate(scores[ours]), _rate(scores[peer])
    return f"{mine / theirs:.1f}x" if mine and theirs else ""


def _count(rows: Rows, hit: Callable[[dict], bool], has: Callable[[dict], bool]) -> str:
    """'k/n (k/n)': pages where ``hit`` among pages where ``has``, then the held-out part."""
    scored, held = [r for r in rows if has(r)], [r for r in _held(rows) if has(r)]
    return f"{sum(map(hit, scored))}/{len(scored)} ({sum(map(hit, held))}/{len(held)})"


def _flag_cell(key: str) -> Callable[[Rows], str]:
    return lambda rows: _count(rows, lambda row: row[key], lambda row: key in row)


def group_table(group: str, scores: dict[str, Rows]) -> str:
    names = list(scores)
    by_name = {n: [r for r in scores[n] if r["group"] == group] for n in names}
    sample = by_name[names[0]]
    lines = [
        f"### {group} ({len(sample)} pages, {len(_held(sample))} held-out)",
        "",
        "| metric | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]

    def add(label: str, cell: Callable[[Rows], str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cell(by_name[n]) for n in names) + " |")

    with_body = [r for r in sample if "f1" in r]
    if with_body:
        add(f"body P / R / F1 (n={len(with_body)})", _prf)
        add(f"held-out body P / R / F1 (n={len(_held(with_body))})", lambda rs: _prf(_held(rs)))
        add(
            "pages refused or left empty (gold has a body)",
            lambda rs: _count(rs, lambda r: r["empty"], lambda r: "empty" in r),
        )
    if any("noise" in r for r in sample):
        for kind in NOISE_KINDS:
            add(
                f"pages with {kind} text left (of pages whose gold lists one)",
                lambda rs, k=kind: _count(
                    rs, lambda r: k in r["noise"], lambda r: k in r.get("noise_listed", ())
                ),
            )
        add(
            "pages with any statement/promo/credit/player left",
            lambda rs: _count(
                rs, lambda r: any(k in r["noise"] for k in NOISE_KINDS), lambda r: "noise" in r
            ),
        )
        add(
            "pages with related headlines left",
            lambda rs: _count(
                rs,
                lambda r: "related" in r["noise"],
                lambda r: "related" in r.get("noise_listed", ()),
            ),
        )
    for key, label in (("host_noise", "a host notice"), ("list_noise", "a related-list teaser")):
        if any(key in r for r in sample):
            add(
                f"pages where {label} survives",
                _flag_cell(key),
            )
    if any("snippets" in r for r in sample):
        add(
            "snippets right (with/without)",
            lambda rs: _mean([r.get("snippets") for r in rs if "snippets" in r]),
        )
    for key in ("published", "date", *FIELDS):
        scored = [r for r in sample if key in r]
        if scored:
            add(
                f"{FIELD_LABELS[key]} (n={len(scored)}, held-out {len(_held(scored))})",
                lambda rs, k=key: (
                    f"{_mean([r.get(k) for r in rs])} ({_mean([r.get(k) for r in _held(rs)])})"
                ),
            )
    add("pages per CPU-second", _speed)
    add("pages per second (wall)", _wall_speed)
    return "\n".join(lines)


def summary(scores: dict[str, Rows]) -> str:
    names = list(scores)
    lines = [
        "| body F1: all (held-out) | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for group in _groups(scores):

        def rows(name: str, group: str = group) -> Rows:
            return [r for r in scores[name] if r["group"] == group and "f1" in r]

        if not rows(names[0]):
            continue
        n, h = len(rows(names[0])), len(_held(rows(names[0])))
        cells = [
            f"{_mean([r['f1'] for r in rows(x)])} ({_mean([r['f1'] for r in _held(rows(x))])})"
            for x in names
        ]
        lines.append(f"| {group} (n={n}, {h}) | " + " | ".join(cells) + " |")
    lines.append(
        "| pages per CPU-second, all pages | " + " | ".join(_speed(scores[n]) for n in names) + " |"
    )
    lines.append(
        "| pages per second (wall), all pages | "
        + " | ".join(_wall_speed(scores[n]) for n in names)
        + " |"
    )
    ratio = speed_ratio(scores)
    if ratio:
        lines.append(f"\nSpeed, ours / trafilatura (pages per CPU-second): {ratio}.")
    return "\n".join(lines)


def render(scores: dict[str, Rows], header: str, notes: str) -> str:
    parts = [header, "## Summary", summary(scores), "## Per set"]
    parts += [group_table(g, scores) for g in _groups(scores)]
    parts += ["## Notes", notes]
    return "\n\n".join(parts) + "\n"
