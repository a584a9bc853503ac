"""A kind of writer where a writer's name should stand: 駐站作家, 专栏作家, 本刊特约, 小编.

A credit slot or a script's writer field may hold what the writer is rather than who: a
platform's label for its contributors ("駐站作家", a script's ``writer: "駐站作家"`` among
its interface words), a column's word ("作者： 专栏"), a magazine's commissioned writer
("本刊特约 邓雁霞"), the site's generic 小编. Such a word names no one: alone it is no
author; before a name set apart by a space, the name is.
"""

from __future__ import annotations

import re

# Who employs or hosts the writer (本刊, 駐站), then what the writer is. Each word is
# one no personal name is: a name that happens to end so ("王作家") is not set apart.
_WHOSE = r"(?:本刊|本报|本報|本站|本网|本網|驻站|駐站|签约|簽約|特约|特約|客座|专栏|專欄|网站|網站)"
_KIND = r"(?:作家|作者|撰稿人?|专栏|專欄|特约|特約|小编|小編)"
_KIND_ONLY = re.compile(f"{_WHOSE}*{_KIND}|{_WHOSE}+")
_KIND_BEFORE = re.compile(f"{_WHOSE}*{_KIND}[ \u3000]+(?=\\S)")
# A cheap look first: every kind above holds one of these characters.
_KIND_CHARS = frozenset("作撰专專特小刊站网網约約编編")


def writer_kind(value: str) -> bool:
    """Whether ``value`` is only a kind of writer ("駐站作家", "专栏", "本刊特约")."""
    return any(c in _KIND_CHARS for c in value) and _KIND_ONLY.fullmatch(value) is not None


def without_writer_kind(value: str) -> str:
    """``value`` without a kind of writer before the name ("本刊特约 邓雁霞": 邓雁霞)."""
    if not any(c in _KIND_CHARS for c in value[:8]):
        return value
    found = _KIND_BEFORE.match(value)
    return value[found.end() :] if found else value
