"""Host text at the body's edges: notices, promos and copyright lines cut what lies beyond.

A host notice (strength 2: two word families and the page speaking of itself) is the host's
wherever it stands; a weak one (strength 1, and every promo) only at the body's edges or
touching another notice. A notice in the last (or first) stretch of the body takes
everything after (or before) it, which removes the related lists that follow disclaimers;
so does one past the middle that a furniture region follows. A copyright line in the
story's second half closes the page, unless it is a picture's (Photo © X).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from snapcrawl.extract import chrome, noise, thresholds
from snapcrawl.extract.button_asks import is_button_ask
from snapcrawl.extract.chrome_vocab import PICTURE_LABEL
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.meta_labels import is_meta_line
from snapcrawl.extract.notice_gate import may_be_host_text
from snapcrawl.extract.notice_heads import is_notice_label, mark_notice_heads
from snapcrawl.extract.outlet_reminders import outlet_reminder
from snapcrawl.extract.post_appeals import (
    is_account_blurb,
    is_episode_close,
    is_follow_ask,
    is_reader_thanks,
    is_reply_appeal,
    is_tip_ask,
)
from snapcrawl.extract.rule_lists import mark_rule_lists
from snapcrawl.extract.tip_lines import calls_for_submissions
from snapcrawl.extract.topic_words import clear_topic_notices

_FULL_STOPS = ("。", "！", "？", "!", "?", "…", "”", "」")
# A picture's credit ("图片来源：X 版权所有 禁止转载"): its notice words speak of the picture
# above it, not of the page, so it goes alone and cuts no edge of the story.
_PICTURE_CREDIT = re.compile(rf"^[（(【\[]?(?:{PICTURE_LABEL})\s*[】\]]?\s*[:：]")
# A picture's copyright under its caption ("Photo © Centre Pompidou", "© X，摄影：Y",
# "Courtesy of Z Gallery"): a museum's or a photographer's, not the page's; the story goes
# on past it, where the page's own copyright line closes the page.
_PICTURE_COPYRIGHT = re.compile(
    r"(?:Photo(?:graph)?s?|Image|Picture|摄影|攝影|图片?|圖片?)\s*(?:by\s*)?[:：]?\s*©"
    r"|©.{0,60}?(?:[Pp]hoto(?:graph)?|[Cc]ourtesy|摄影|攝影|图片由|圖片由)"
    r"|[Cc]ourtesy.{0,60}?©"
)


def _dated_meta(text: str) -> bool:
    """The post's dated row of labels ("2020-07-30 20:38 来源: X") under its headline: the
    readers of the time and source take it, the cleaning drops it; no line of the story."""
    return len(text) <= thresholds.DATED_META_LINE_MAX and is_meta_line(text)


def _good_chars(lines: list[Line], kinds: list[tuple[Kind, str]]) -> list[int]:
    """Running total of GOOD characters before each index."""
    totals, run = [], 0
    for line, (kind, _) in zip(lines, kinds, strict=True):
        totals.append(run)
        if kind is Kind.GOOD:
            run += line.chars
    totals.append(run)
    return totals


def _mark_edges(
    lines: list[Line],
    kinds: list[tuple[Kind, str]],
    strength: list[int],
    speech: list[bool],
    is_notice: list[bool],
    promo: list[bool],
) -> set[int]:
    """At the body's two edges even a weak notice (one word family plus 本站) is the host's:
    walk in from each end over furniture and notices until the first line of story. The
    headline repeated over the body (a post's copy of its title, dropped later as one) is
    no story: the walk from the top goes on past it to an account's notice under it, one
    with no sentence's end ("《X》原创文章，转载须征求许可，…违者必究"); a sentence there
    that names a notice word ("首先声明一下：…。") opens the story, and a line already cut
    (a credit: "X转自Y：") keeps the reason the credits are read by. The notices found past
    the headline are returned: each goes alone, the post's dated line and credits over it
    left to the readers of those fields; the walk passes that dated line too (an account's
    blurb stands under it on a blog platform's post), and past the headline a promo goes
    even when it ends a sentence. From the end, the walk passes the account's few short
    sign-off lines under its ask (``_ask_over_sign_off``) and marks them with it."""
    n = len(kinds)
    alone: set[int] = set()
    for order in (range(n), range(n - 1, -1, -1)):
        past_headline = called = False
        skip_to = -1
        for i in order:
            if order.step == -1 and i > skip_to >= 0:
                continue  # an account's sign-off lines, marked with the ask over them
            if (
                strength[i] >= 1
                and not speech[i]
                and not (
                    past_headline
                    and not promo[i]  # "…，关注我不走丢，更多精彩内容尽在@X！": the ask
                    and (kinds[i][0] is Kind.BAD or lines[i].text.endswith(_FULL_STOPS))
                )
            ):
                is_notice[i] = True
                if past_headline:
                    alone.add(i)
            elif kinds[i][0] is Kind.GOOD:
                if order.step == 1 and lines[i].headline and not past_headline:
                    past_headline = True
                    continue
                if order.step == 1 and past_headline and _dated_meta(lines[i].text):
                    continue  # the post's dated source row under the headline: no story yet
                if (
                    order.step == -1
                    and not called
                    and i
                    and _closing_call(lines[i].text)
                    and strength[i - 1] >= 1
                    and not speech[i - 1]
                ):
                    called = True  # "…如需转载，请后台留言。" over "警惕毒瘤！"
                    continue
                ask = _ask_over_sign_off(lines, promo, speech, i) if order.step == -1 else None
                if not called and ask is not None:
                    called = True  # "…那就点点 赞 和 关注 告诉我们吧。" over "我爱这个世界。"
                    for k in range(ask + 1, i + 1):
                        is_notice[k] = True
                    skip_to = ask
                    continue
                break
    return alone


_SIGN_OFF_LINES = 3


def _ask_over_sign_off(
    lines: list[Line], promo: list[bool], speech: list[bool], i: int
) -> int | None:
    """The ask over line ``i`` when ``i``, met walking up from the body's end, ends the
    account's short sign-off lines under its ask to follow, like or tip ("我爱这个世界。",
    "我不接广告、不加人、不荐股。"): a few short lines, then the ask. They are the account's as
    the ask is; a story's short closing line has story above it, not an ask."""
    for j in range(i, max(i - 1 - _SIGN_OFF_LINES, -1), -1):
        if j < i and promo[j] and not speech[j]:
            return j
        if len(lines[j].text) > _CALL_MAX:
            return None
    return None


_CALL_MAX = 16  # a post's closing call: a few words to an exclamation or a question mark
_CALL_ENDS = ("！", "？", "!", "?")


def _closing_call(text: str) -> bool:
    """A post's last line calling out to its reader ("警惕毒瘤！", "如何找到同道中人？")
    under its notice: it closes the host's box, so the walk from the end goes on to the
    notice over it. A story's last sentence under a line of notice words is longer."""
    return len(text) <= _CALL_MAX and text.endswith(_CALL_ENDS)


def _touches_notice(
    kinds: list[tuple[Kind, str]], is_notice: list[bool], i: int, step: int
) -> bool:
    """Whether the line next to ``i`` (``step``: -1 above, 1 below) is a notice, past the
    controls already cut between them."""
    k = i + step
    while 0 <= k < len(kinds) and not is_notice[k] and kinds[k] == (Kind.BAD, "ui"):
        k += step
    return 0 <= k < len(kinds) and is_notice[k]


def _is_bare_notice(text: str) -> bool:
    """A weak notice with no sentence's shape ("转载请注明出处", "如需转载，请联系授权"): one
    short line that never ends in a full stop. A story's sentence that uses notice words
    ("版权保护意识的增强，让原创作者更有底气。") is finished by one; so it waits for an edge."""
    return len(text) <= thresholds.BARE_NOTICE_MAX and not text.endswith(_FULL_STOPS)


def _region_follows(kinds: list[tuple[Kind, str]], i: int) -> bool:
    """Whether a furniture region (comments, share bar) comes after line ``i`` before any
    more story: past a notice and a region, the story does not resume."""
    for kind, reason in kinds[i + 1 :]:
        if kind is Kind.GOOD:
            return False
        if reason == "region":
            return True
    return False


def _list_follows(kinds: list[tuple[Kind, str]], i: int) -> bool:
    """Whether a list section (related stories) or a furniture region comes after line
    ``i`` before any more story."""
    for kind, reason in kinds[i + 1 :]:
        if kind is Kind.GOOD:
            return False
        if reason in ("region", "list_section"):
            return True
    return False


def _mark_before_lists(
    lines: list[Line],
    kinds: list[tuple[Kind, str]],
    strength: list[int],
    speech: list[bool],
    is_notice: list[bool],
) -> None:
    """A weak notice (the host's "X声明：…") in the body's last stretch, with a related
    list right after it, is the host's as surely as one at the very edge: what a template
    puts past its disclaimer and the related list (the host's own app blurbs, its ranking's
    pitch) is not the story resumed. Only a GOOD line with no notice marked yet is asked."""
    weak = [
        i
        for i, s in enumerate(strength)
        if s == 1 and not is_notice[i] and not speech[i] and kinds[i][0] is Kind.GOOD
    ]
    if not weak:
        return
    totals = _good_chars(lines, kinds)
    total = totals[-1] or 1
    for i in weak:
        if (total - totals[i + 1]) / total < thresholds.EDGE_SHARE and _list_follows(kinds, i):
            is_notice[i] = True


def apply_notices(
    lines: list[Line],
    kinds: list[tuple[Kind, str]],
    site_names: Iterable[str],
    maybe: Collection[Line] | None = None,
) -> list[Line]:
    """Mark host notices; a notice near an edge takes the rest of that edge with it.
    ``maybe``: the lines that can be notices (``notice_gate``), if known."""
    names = tuple(site_names)
    # "点个“在看”", "记得星标“X”": an ask to press the post's buttons (or the account's
    # thanks for reading, "感谢大家的关注和订阅", its ask for a tip, "多谢赞赏支持！") goes as
    # a promo does, inline: it cuts nothing beyond it ("（文中受访者均为化名）" under it stays).
    promo = [
        chrome.is_promo(line.text)
        or is_reply_appeal(line.text)
        or is_episode_close(line.text)
        or is_follow_ask(line.text)
        # "“X”（微信ID：x）撰稿/A": a credit that names the account stays the credits' reading
        or (reason != "credit" and is_account_blurb(line.text))
        for line, (_, reason) in zip(lines, kinds, strict=True)
    ]
    buttons = {
        i
        for i, line in enumerate(lines)
        if not promo[i]
        and (is_button_ask(line.text) or is_reader_thanks(line.text) or is_tip_ask(line.text))
    }
    for i in buttons:
        promo[i] = True
    # "关注公众号，发送消息：" announces what to send on the next line ("666，领取…资料"):
    # that line is the promo's too.
    for i in range(len(lines) - 1):
        if promo[i] and lines[i].text.rstrip().endswith(("：", ":")):
            promo[i + 1] = True
    # A column's call for contributions over the submission address it announces
    # ("本栏目长期接受投稿…" over "投稿邮箱：…"): that call is the promo's too.
    for i in range(len(lines) - 2, -1, -1):
        announced = promo[i + 1] or kinds[i + 1][1] == "promo"  # "投稿邮箱：…": a tip line
        if announced and not promo[i] and calls_for_submissions(lines[i].text):
            promo[i] = True
    # ... or under it ("投稿邮箱：…" over "长期征稿，一经选刊，稿酬…"): the same call, after.
    for i in range(1, len(lines)):
        announced = promo[i - 1] or kinds[i - 1][1] == "promo"
        if announced and not promo[i] and calls_for_submissions(lines[i].text):
            promo[i] = True
    if maybe is None:
        maybe = may_be_host_text(lines)
    strength = [  # a line with no notice word is 0 (or a promo's 1)
        max(noise.line_notice_strength(line, names), int(flag)) if line in maybe else int(flag)
        for line, flag in zip(lines, promo, strict=True)
    ]
    clear_topic_notices(lines, strength)  # "缓存" in a post about caching: its topic
    mark_notice_heads(lines, strength, kinds)  # "X网版权与免责声明：" and the text under it
    for i, line in enumerate(lines):  # "《X》提醒您：" over its hotlines: the host's box
        if outlet_reminder(line.text, names):
            strength[i] = 2
    # Quotes make a line the story's, except in a promo's own slogan.
    speech = [
        s >= 1 and not flag and noise.is_reported_speech(line.text)
        for line, flag, s in zip(lines, promo, strength, strict=True)
    ]
    is_notice = [s >= 2 for s in strength]
    if any(is_notice):  # an item of the host's numbered rules (【1】…【7】): all its items
        mark_rule_lists(lines, is_notice)
    alone = _mark_edges(lines, kinds, strength, speech, is_notice, promo)
    _mark_before_lists(lines, kinds, strength, speech, is_notice)
    # A weaker line joins when it touches a notice (the block of notices at the body's end),
    # past a control cut already between them ("查看原图 151K": a picture's button).
    changed = True
    while changed:
        changed = False
        for i, s in enumerate(strength):
            if (
                s == 1
                and not is_notice[i]
                and (
                    _touches_notice(kinds, is_notice, i, -1)
                    or _touches_notice(kinds, is_notice, i, 1)
                )
            ):
                is_notice[i] = changed = True
    # "版权问题" over "发布前我们…没有找到。" | "请版权拥有者，联系我们": the notice's bare label.
    for i in range(len(lines) - 2, -1, -1):
        if is_notice[i + 1] and not is_notice[i] and is_notice_label(lines[i].text):
            is_notice[i] = True
    marked = [i for i, flag in enumerate(is_notice) if flag]
    # A bare notice inside the story goes alone: it cuts nothing beyond it.
    bare = [
        i
        for i, s in enumerate(strength)
        if s == 1
        and not is_notice[i]
        and not speech[i]
        and kinds[i][0] is not Kind.BAD
        and _is_bare_notice(lines[i].text)
    ]
    for i in bare:
        kinds[i] = (Kind.BAD, "notice")
    if not marked:
        return [lines[i] for i in bare]
    for i in marked:
        kinds[i] = (Kind.BAD, "button_ask" if i in buttons and strength[i] == 1 else "notice")
    totals = _good_chars(lines, kinds)
    total = totals[-1] or 1
    cutting = [
        i for i in marked if kinds[i][1] == "notice" and not _PICTURE_CREDIT.match(lines[i].text)
    ]
    # A story's worth of prose before a notice ("本文系X独家稿件，未经授权，不得转载。"): it
    # closes that story, however much text a side column adds below (a live feed's long
    # posts): never a notice at the top edge, and the story's end when a region follows.
    trailing = [
        i
        for i in cutting
        if (total - totals[i]) / total < thresholds.EDGE_SHARE
        or (
            (
                totals[i] / total > thresholds.NOTICE_MIDDLE_SHARE
                or totals[i] >= thresholds.STRONG_PROSE_CHARS
            )
            and _region_follows(kinds, i)
        )
    ]
    if trailing:
        # Everything after the first notice of the trailing zone is the host's too.
        for k in range(trailing[0], len(lines)):
            if kinds[k][0] is not Kind.BAD:
                kinds[k] = (Kind.BAD, "after_notice")
    leading = [
        i
        for i in cutting
        if totals[i] / total < thresholds.EDGE_SHARE
        and totals[i] < thresholds.STRONG_PROSE_CHARS
        and i not in trailing
        and i not in alone
    ]
    if leading:
        for k in range(leading[-1]):
            if kinds[k][0] is not Kind.BAD:
                kinds[k] = (Kind.BAD, "before_notice")
    return [lines[i] for i in sorted(marked + bare)]


def cut_after_footer(lines: list[Line], kinds: list[tuple[Kind, str]]) -> None:
    """A copyright or licence line near the end closes the page: the address and phone
    lines after it are the site's, not the story's."""
    footers = [
        i
        for i, (_, reason) in enumerate(kinds)
        if reason == "footer" and not _PICTURE_COPYRIGHT.search(lines[i].text)
    ]
    if not footers:
        return
    totals = _good_chars(lines, kinds)
    total = totals[-1] or 1
    for i in footers:
        if (total - totals[i]) / total < thresholds.FOOTER_SHARE:
            for k in range(i + 1, len(kinds)):
                if kinds[k][0] is not Kind.BAD:
                    kinds[k] = (Kind.BAD, "after_footer")
            return
