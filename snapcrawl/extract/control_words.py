"""A control's word read as a name: "+加关注", "关注", "首页" where a byline was looked for.

A blog's author card and a portal's nav put buttons and links right beside the writer's
name (name | 关注, 首页 | name). A reader of the lines around the name can take the button
for the name. Such a value is a control (a UI verb, with its "+"/"加" prefix) or a site
nav word, never a person or an outlet: no field gets it.
"""

from __future__ import annotations

import re

from snapcrawl.extract.chrome_vocab import UI_VERBS

_NAV = "首页|主页|私信|登录|注册|登入|退出|发布|写文章|投稿|更多"
# The outlet's or writer's social account linked beside the name on the meta line
# ("IT168.com <a>微博</a>", "沈文敏 [博客][微博]"): a link's word, no name.
_SOCIAL = "微博|微信|博客"
_CONTROL = re.compile(rf"^(?:加|\+|＋|已)?(?:{UI_VERBS}|{_NAV}|{_SOCIAL})$")


def is_control_word(value: str | None) -> bool:
    """Whether a field's value is only a control's or a nav link's word."""
    if not value or len(value) > 8:
        return False
    return _CONTROL.match(value.strip(" +＋\u3000[]【】")) is not None


# A link the page glues after the writer's name in the byline's element: back to the
# portal ("作者:X <a>返回搜狐，查看更多</a>", read as "X 返回搜狐" once the comma ends the
# value) or back to the page's top ("X ▲TOP", "回到顶部"). It is a control, not part of the
# name; a value that is the control alone ("▲TOP") names no one.
_CONTROL_TAIL = re.compile(r"[▲△↑]?\s*(?:返回|回到)\S{0,8}$|[▲△↑]\s*(?:TOP|Top|top|顶部|頂部)$")


def without_control_tail(value: str | None) -> str | None:
    """``value`` without a control's link glued after the name (see ``_CONTROL_TAIL``);
    ``None`` when nothing is left."""
    if not value or not (
        "返回" in value or "回到" in value or "▲" in value or "△" in value or "↑" in value
    ):
        return value  # a cheap look first: nearly every name has none of these
    if (tail := _CONTROL_TAIL.search(value)) is None:
        return value
    return value[: tail.start()].rstrip() or None
