"""A self-media post asking its reader to press its buttons: the follow button, WeChat's
"在看" (the reader's public like) and "星标" (pinning the account so its posts stay on top):
"点个“在看”，尊重每个人的选择。", "辛苦您点击一下“关注”，…", "喜欢的话，点个关注收藏哦",
"记得星标“X”，让我们的陪伴久远。", "点击上方“X”可快速关注哦！", a bare row of the acts
("关注、转发、收藏、点赞、留言哈~").

The press opens a clause, or follows only a word that asks or the reader it asks
("欢迎点右下角“在看”", "麻烦看官点个“关注”"): a story's "重点关注" or "用户可以点击关注"
presses nothing. 星标 is a button only WeChat's accounts ask for; a story names it rarely,
so the line must ask for it or explain it (公众号, 方法). Only at the body's edges
(edges.py), as the other asks to follow are: a story that ends on a reader's like is rarer
than a post that does.
"""

from __future__ import annotations

import re

from snapcrawl.extract.host_voice import is_reported_speech

_ASK_MAX = 100
_GATE = re.compile(r"关注|關注|在看|星标|星標|标星|標星")
_SPOT = r"(?:右上角|右上方|右下角|右下方|上方|下方|文末|底部)?的?"
_PRESS = re.compile(
    r"(?:点击|點擊|点个|點個|点一下|點一下|点点|點點|点亮|點亮|点|點|戳|按|加|设为|設為)"
    r"(?:一下|一个|一個|个|個)?\s*" + _SPOT + r"\s*[“\"「『]?\s*"
    # a like before the button ("点点 赞 和 关注")
    r"(?:[赞讚]\s*[和、与及+]\s*)?"
    r"(?:关注|關注|在看|星标|星標)"
)
# What may stand before the press: the clause's start, a word that asks, the reader.
_CLAUSE_START = "，,。！!？?～~：:；; \u3000↑👉"  # not "、": "网友纷纷点赞、加关注"
_BEFORE_PRESS = (
    "请",
    "請",
    "欢迎",
    "歡迎",
    "记得",
    "記得",
    "麻烦",
    "麻煩",
    "辛苦您",
    "辛苦你",
    "帮忙",
    "順手",
    "顺手",
    "就",  # "那就点点关注", "就点一下「在看」"
    "多多",
    "大家",
    "看官",
    "各位",
    "您",
    "你",
)
# "点击上方“X”可快速关注": the account's name between the place and the follow.
_NAMED_ABOVE = re.compile(
    r"点击(?:上方|下方|顶部|上面)(?:蓝字)?[“\"「『][^”\"」』]{1,20}[”\"」』]\S{0,6}?(?:关注|關注)"
)
_STAR = re.compile(r"星标|星標|标星|標星")
_STAR_ASK = re.compile(r"记得|記得|请|請|設為|设为|加星|公众号|公眾號|公号|方法")
_ACT = r"(?:关注|關注|转发|轉發|收藏|点赞|點讚|留言|评论|評論|在看|分享|三连)"
_ACT_ROW = re.compile(
    r"^[\s↑👉]*" + _ACT + r"(?:\s*[、，,和与及/+＋]\s*" + _ACT + r"){2,}\s*[哈哦呀吧啦~～！!。]*$"
)


def is_button_ask(text: str) -> bool:
    """An ask to press the post's follow, 在看 or 星标 button (see the module's doc)."""
    if len(text) > _ASK_MAX or _GATE.search(text) is None:
        return False
    if _asks_to_press(text) or _NAMED_ABOVE.search(text) or _ACT_ROW.match(text):
        return not is_reported_speech(unquote_names(text))
    if _STAR.search(text) and _STAR_ASK.search(text):
        return not is_reported_speech(unquote_names(text))
    return False


def _asks_to_press(text: str) -> bool:
    for match in _PRESS.finditer(text):
        before = text[: match.start()]
        if not before or before[-1] in _CLAUSE_START or before.endswith(_BEFORE_PRESS):
            return True
    return False


# The account's or the button's name in quotes after the ask ("关注“X”", "星标“X”",
# "官方微信“X”", "点个“在看”") is a name, not anyone's words.
# (the last character of 关注, 星标, 微信, 公众号, 上方, 右下角, 点个 before the quote)
_QUOTED_NAME = re.compile(r"(?<=[注標标信号號方角个個])\s*[“\"「『][^”\"」』]{1,30}[”\"」』]")


def unquote_names(text: str) -> str:
    """``text`` without the quoted names of an account or a button after the ask."""
    return _QUOTED_NAME.sub("", text) if any(q in text for q in '“"「『') else text
