"""The section a story is filed under (``category``): a 类别/栏目 label, else the breadcrumb,
else what the head states (``article:section``, JSON-LD), else the other ways a page shows
it (section_cues.py). A wrong section is worse than none: each reader keeps to its shape.

A breadcrumb trail (首页 > 国内 > 正文) ends with the page itself or a placeholder for it
(正文, 详情); its section is the last crumb that is neither home, a placeholder nor the
story's own title. Only lines above the story are read as trails.
"""

from __future__ import annotations

from snapcrawl.extract.dom import Line
from snapcrawl.extract.furniture_lines import breadcrumb_parts
from snapcrawl.extract.labeled_lines import LabelIndex
from snapcrawl.extract.meta import HeadInfo, extract_field
from snapcrawl.extract.section_cues import (
    BACK_STARTS,
    back_bar,
    current_nav,
    home_trail,
    kicker,
    menu_names,
    on_menu,
    title_bar_section,
)
from snapcrawl.extract.vocab import CRUMB_LEAVES, HOME_CRUMBS, HOME_STARTS
from snapcrawl.extract.zones import lines_between

_STATED = ("article:section", "ld:section")


def _section(parts: list[str], title: str) -> str | None:
    """The last crumb that names a section: not home, not 正文, not the article itself."""
    parts = [p for p in parts if p.split()[0] not in CRUMB_LEAVES and p not in HOME_CRUMBS]
    parts = [p for p in parts if not p.isdigit()]
    parts = [
        p
        for p in parts
        if not (title and (p == title or (len(p) > 6 and (p in title or title.startswith(p)))))
    ]
    return parts[-1] if parts and len(parts[-1]) <= 12 else None


def extract_category(
    lines: list[Line],
    title: str,
    body_start: int,
    crumbs: list[str] | None = None,
    index: LabelIndex | None = None,
    head: HeadInfo | None = None,
    title_line: Line | None = None,
) -> str | None:
    """类别/分类 label, else the last item of a marked breadcrumb trail (``nav
    aria-label="breadcrumb"``, ``.breadcrumb``) or of a breadcrumb line that is not the page
    itself, then (with ``head``) the stated section, a mobile header's channel, the current
    menu item, a kicker or the title bar's channel, most certain first. ``index``: the
    page's labeled lines (labeled_lines.py), if known; ``title_line``: the heading's."""
    if value := extract_field(lines, "category", index):
        return value
    if crumbs and (found := _section(crumbs, title)):
        return found
    above = lines[:body_start]
    for line in above:
        if "://" in line.text:  # an address, not a trail
            continue
        parts = breadcrumb_parts(line.text, line.link_density)
        if parts and (found := _section(parts, title)):
            return found
    for line in above:  # weaker: a trail known by its home crumb (section_cues.py)
        if not line.text.startswith(HOME_STARTS):  # most lines: no call
            continue
        parts = home_trail(line)
        if parts and (found := _section(parts, title)):
            return found
    if head is None:
        return None
    for key in _STATED:
        if (value := head.metas.get(key)) and len(value) <= 12:
            return value
    if (trail := head.metas.get("ld:crumbs")) and (found := _section(trail.split(" > "), title)):
        return found
    top = title_line.index if title_line is not None else body_start
    for line in lines[:top]:
        if line.text.startswith(BACK_STARTS) and (found := back_bar(line)):
            return found
    if found := current_nav(lines[:top]):
        return found
    before = lines_between(lines, top - 1, top - 1) if title_line is not None else []
    kick = before[-1] if before else None
    cue = kicker(kick)
    if not cue and not (cue := title_bar_section(head.title, title)):
        return None
    return cue if on_menu(cue, menu_names(lines[:top], kick)) else None
