"""A Chinese page's byline under the English word "by" and a colon: "by：X（Y）".

A self-media column opens its piece with "by：于方（某工作室），新闻总是重复发生。": the writer
after "by：", the studio in brackets, maybe the column's motto after a comma. The English
credit readers (english_credits) read "By X" in Latin script, with no colon; the Chinese ones
look for 文/作者 labels. This form is neither: the colon makes the English word a label, as
"作者：" is one, and the line is the byline, not the story's first paragraph.
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_names import clean_name

_BY_COLON = re.compile(r"^[\s【\[]*(?:by|BY|By)\s*[:：]\s*(?P<value>\S[^\n]*)$")
_LINE_MAX = 60  # the byline, its studio and a motto: a short line, never a paragraph


def by_colon_name(text: str) -> str | None:
    """The writer a "by：X" line names, else ``None``."""
    if len(text) > _LINE_MAX or text.lstrip(" 【[")[:2].lower() != "by":
        return None
    match = _BY_COLON.match(text)
    return clean_name(match["value"]) if match else None
