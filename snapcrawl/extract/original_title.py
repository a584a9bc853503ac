"""What a re-titled story was first called: "原标题：X", "（原题为《X》）".

The line is a credit (it leaves the body, credit_lines); its title goes to the
``original_title`` field.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line

_ORIGINAL_TITLE = re.compile(
    r"(?:本文)?(?:原标题\s*[:：]|原题\s*[:：]|原题(?:为|是)\s*(?=《))\s*(?P<value>.+)"
)


def extract_original_title(lines: list[Line]) -> str | None:
    """The 原标题/原题为 a re-titled story names, without its brackets."""
    for line in lines:
        text = line.text
        if "原" not in text or line.chars > 200 or "题" not in text:
            continue
        inner = text.strip(" \u3000（）()【】[]")
        if not re.match(r"(?:本文)?原(?:标)?题", inner):
            continue
        match = _ORIGINAL_TITLE.match(inner)
        if not match:
            continue
        value = match["value"].strip(" \u3000")
        if "原题为" in inner[:5] and value.startswith("《") and value.endswith("》"):
            value = value[1:-1]  # "原题为《X》": the brackets quote the title
        if 2 <= len(value) <= 120:
            return value
    return None
