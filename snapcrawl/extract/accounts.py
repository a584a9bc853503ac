"""The self-media account that posted a page, which is neither its outlet nor, always, its author.

Platforms of user accounts (WeChat 公众号, 网易号, 百家号, 头条号) show the posting account
beside a follow button (关注), in a "原创：作者 公众号" line, or as the one name on the dated
line under the heading. source.py asks whether such a name is an outlet; article.py takes
it as the author when the page credits another outlet as the story's source.
"""

from __future__ import annotations

import itertools
import re

from snapcrawl.extract.chrome_vocab import UI_PHRASES, UI_VERBS
from snapcrawl.extract.control_words import is_control_word
from snapcrawl.extract.credit_names import NAME_BREAK
from snapcrawl.extract.credits import wechat_credit
from snapcrawl.extract.dated_line import unlabeled_meta_line
from snapcrawl.extract.dom import Line
from snapcrawl.extract.vocab import DATE_WORD, OUTLET_SHAPE, POST_REGION

_COUNTER = re.compile(r"\d|关注|粉丝|订阅|阅读|评论")  # "1234人关注", not a name
# A toolbar's other button beside 关注 ("评论 分享 关注" floating by the story): no account.
_BUTTON = re.compile(rf"^(?:{UI_VERBS})$")
# "日本通微博V" over "+ 关注": the site's own account on a social platform (its name, the
# platform's, the verified badge), a follow widget of the site's, not the post's account.
_SOCIAL_WIDGET = re.compile(r"(?:微博|微信|公众号|公眾號|抖音|快手|脸书|臉書)\s*[Vv]?$")


def followed_account(lines: list[Line]) -> str | None:
    """The self-media account that published the page: the one name a follow button (关注)
    stands beside. Several different names (a list of accounts to follow) give none, and a
    loading placeholder left where a script fills the card in ("加载中") is UI, no name."""
    names = []
    for prev, line in itertools.pairwise(lines):
        if line.text.strip(" +＋\u3000") != "关注" or prev.chars > 20:
            continue
        name = prev.text.strip()  # often a link to the account's page
        if (
            2 <= len(name) <= 20
            and not NAME_BREAK.search(name)
            and not _COUNTER.search(name)
            and not _BUTTON.match(name)
            and not UI_PHRASES.search(name)
            and not _SOCIAL_WIDGET.search(name)
        ):
            names.append(name)
    return names[0] if len(set(names)) == 1 else None


# "一条 一条官方澎湃号": a platform's account card prints the name, then its badge, the name
# again with the platform's word for an account ("X官方澎湃号", "X官方账号", "X官方帳號").
_BADGE = re.compile(r"^(?P<name>\S.{0,19}?)\s*(?P=name)\s*官方[\u4e00-\u9fff]{0,3}[号號]$")
_BADGE_LINE_MAX = 48
_HEADER_MAX = 100  # "原创 X Y 收录于话题#A#B3": the header with its topic tags
_BADGE_TAIL = re.compile(r"\s*官方[\u4e00-\u9fff]{0,3}[号號]$")


def badged_account(lines: list[Line]) -> str | None:
    """The account a platform's card names with its badge beside it (the post's outlet)."""
    for line in lines:
        if (
            line.chars <= _BADGE_LINE_MAX
            and "官方" in line.text
            and (match := _BADGE.match(line.text.strip()))
        ):
            return match["name"]
    return None


def wechat_account(lines: list[Line]) -> str | None:
    """The account a reposted WeChat article names in its "原创：作者 公众号" line."""
    for line in lines:  # its topic tags may run past 40 characters (wechat_header)
        if line.chars <= _HEADER_MAX and (account := wechat_credit(line.text)[1]):
            return account
    return None


def account_not_outlet(name: str, lines: list[Line]) -> bool:
    """Whether the name on the dated line is the self-media account the page follows
    ("原创 GameForce 2019-09-04" beside "GameForce + 关注"): its author, not an outlet,
    unless it is named like one (中国网's own account reposting its story)."""
    return not OUTLET_SHAPE.search(name) and followed_account(lines) == name


def posting_account(head_zone: list[Line], source: str | None) -> str | None:
    """The account that posted a reprint: the one name on the dated line under the heading
    ("2019-05-17 · 苏皖城市报道") when the page credits another outlet as the story's source
    and the name is not an outlet's. On a self-media platform that name is the author."""
    if source is None or not (name := unlabeled_meta_line(head_zone)) or name == source:
        return None
    if "官方" in name:  # "观察者网官方账号": the outlet's own account, its badge after it
        name = _BADGE_TAIL.sub("", name)
        if not name or name == source:
            return None
    # a part of the day after a date ("3月2日深夜，…") opens a sentence, it names no one
    if OUTLET_SHAPE.search(name) or len(name) > 12 or DATE_WORD.fullmatch(name):
        return None
    # "2025-04-11 21:49 ·北京": the region the post was sent from, as platforms print it
    if POST_REGION.fullmatch(name):
        return None
    # "2012年01月17日 18:45 IT168.com 微博": the outlet's account linked after its name, no one
    if is_control_word(name):
        return None
    return name
