"""The section a story is filed under (``category``): a 类别/栏目 label, else the breadcrumb.

A breadcrumb trail (首页 > 国内 > 正文) ends with the page itself or a placeholder for it
(正文, 详情); its section is the last crumb that is neither home, a placeholder nor the
story's own title. Only lines above the story are read as trails.
"""

from __future__ import annotations

from snapcrawl.extract.dom import Line
from snapcrawl.extract.labeled_lines import LabelIndex
from snapcrawl.extract.meta import extract_field
from snapcrawl.extract.noise import breadcrumb_parts
from snapcrawl.extract.vocab import CRUMB_LEAVES

_HOME = frozenset({"首页", "主页", "网站首页", "返回首页", "home", "Home", "HOME", "本站首页"})


def _section(parts: list[str], title: str) -> str | None:
    """The last crumb that names a section: not home, not 正文, not the article itself."""
    parts = [p for p in parts if p.split()[0] not in CRUMB_LEAVES and p not in _HOME]
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
) -> str | None:
    """类别/分类 label, else the last item of a marked breadcrumb trail (``nav
    aria-label="breadcrumb"``, ``.breadcrumb``) or of a breadcrumb line that is not the page
    itself. ``index``: the page's labeled lines (labeled_lines.py), if known."""
    if value := extract_field(lines, "category", index):
        return value
    if crumbs and (found := _section(crumbs, title)):
        return found
    for line in lines[:body_start]:
        if "://" in line.text:  # an address, not a trail
            continue
        parts = breadcrumb_parts(line.text, line.link_density)
        if parts and (found := _section(parts, title)):
            return found
    return None
