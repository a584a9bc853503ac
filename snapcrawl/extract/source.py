"""Where the story comes from (``source``): the outlet the page credits, never a picture's.

Most trusted first: a labeled 来源/稿源 in the lines around the story (the meta line under
the heading, a 来源：X sign-off), a ``<meta name="source">``-like tag, an element the page
marks as the source (``class="source"``), the one name a date-only meta line carries
("2019-09-05 11:10 游民星空", "原创 南方都市报 2019-09-09") or a dateline over the story
("2024-3-5 海港晚报"), then "本文转自：X", 据X, 《X》记者 and the other credits the page
shows, then the outlet the page's own script states about the article (script_fields.py:
a portal may draw its visible 来源 with that script, so the saved page shows none; what
readers see wins over it), then an outlet the tags name (outlet_tags.py: a JSON-LD
publisher other than the host, an outlet as author, og:site_name). A placeholder after a
label (来源：转载) yields to any of these. A credit that belongs to a picture or a video
(图片来源：X, 图片来自X, X供图) names a photographer or agency, not the story's outlet, and
is skipped wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml import etree

from snapcrawl.extract.according_to import (
    attribution_line,
    dateline_outlet,
    opening_attribution,
    signoff_outlet,
)
from snapcrawl.extract.accounts import account_not_outlet, badged_account, wechat_account
from snapcrawl.extract.bare_bylines import noted_byline
from snapcrawl.extract.byline_outlets import byline_outlet, opening_byline_outlet
from snapcrawl.extract.caption_credits import figure_around, right_under_picture
from snapcrawl.extract.chrome_vocab import SUMMARY_LABEL
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.dated_line import spans_set_apart, unlabeled_meta_line
from snapcrawl.extract.dom import Line
from snapcrawl.extract.issuer_lines import issuer_source
from snapcrawl.extract.link_value import within_link
from snapcrawl.extract.outlet_datelines import dated_outlet
from snapcrawl.extract.outlet_tags import (
    host_publisher,
    outlet_as_author,
    site_outlet,
    structured_outlet,
)
from snapcrawl.extract.picture_credits import about_a_picture
from snapcrawl.extract.release_wire import release_outlet
from snapcrawl.extract.report_signoffs import outlet_reported
from snapcrawl.extract.repost_lines import repost_source
from snapcrawl.extract.reprint_chain import first_outlet
from snapcrawl.extract.source_lines import (
    PLACEHOLDER,
    label_then_value,
    labeled_source,
    outlet_token,
    reporter_outlet,
    self_credit,
    unlabeled_token,
)
from snapcrawl.extract.title_brands import title_brand
from snapcrawl.extract.vocab import POST_REGION
from snapcrawl.extract.zones import lines_between

_SOURCE_TAGS = ("source", "mediaid", "article:source", "og:source", "contentsource")
_STORY_TAIL = 3  # the story's last lines, where a sign-off stands
_OPENING_LINES = 6  # lines over the story's first paragraph where a dateline may stand
_ABOVE_HEADING = 2  # lines over the story's first line where its paper's dateline may stand
_SOURCE_WORD = re.compile("[源處处]")  # 来源, 稿源, 出处, 出處
_CREDIT_BLOCK_LINE = 40  # a credit is one short line
_PROSE_CHARS = 30  # a line this long with a full stop opens the story (a heading has none)
_CAPTION_MAX = 40  # a caption over the story is one short sentence
_FULL_STOP = re.compile(r"[。！？!?]")
# A photo's caption ending in its photographer's credit, over the story's first paragraph:
# "…動工典禮。（中央社記者王家俊攝　113年12月3日）" holds a full stop but opens nothing.
_PHOTO_CREDIT_END = re.compile(r"[摄攝](?:影)?[\s\u3000\d年月日/.\-]*[)）]$")
# The badge a platform shows under an outlet's account ("X官方账号"), or the word for its
# WeChat account a reposting portal glues after its name ("X公号", "X微信公众号"): the
# outlet is X.
_ACCOUNT_NAME_MIN = 2
_ACCOUNT_TAG = re.compile(
    r"(?<=\S\S)(?:官方(?:账号|帐号|帳號)|(?:微信)?(?:公众号|公號|公眾號|公号))$"
)


# The site's own desk after a source label ("本站编辑", "本网整理"): the host's
# staff wrote the story, so its outlet is the site itself (its name, when the page gives one);
# "本站", "本站原创" or "网络" stay placeholders as written.
_OWN_DESK = re.compile(r"^本(?:站|网|網)(?:编辑|編輯|小编|小編|整理|编辑部|編輯部)$")


def extract_source(
    metas: dict[str, str],
    marked: str | None,
    lines: list[Line],
    zone: list[Line],
    head_zone: list[Line],
    body: list[Line],
    site: tuple[str, ...] = (),
    scripted: Callable[[], str | None] | None = None,
    sections: tuple[str, ...] = (),
) -> str | None:
    """The story's outlet (see the module docstring for the order). A credit inside the
    story, past its opening paragraph and before its last lines, is a picture's or a
    chart's ("摄影：X 来源：Y" under a photo), never the story's. A placeholder the page puts
    after its label (来源：转载, 来源：网络) is kept only when no outlet is named anywhere.
    ``scripted``: the outlet the page's script states (``HeadInfo.stated``), asked only when
    the page shows none. ``sections``: the ``<title>``'s middle pieces ("X｜新聞速報｜中時樂活
    ｜中時電子報"), the section's names."""
    placeholder = None
    found_in = _candidates(metas, marked, lines, zone, head_zone, body, site, scripted, sections)
    for found in found_in:
        if ("官方" in found or "公" in found) and (tag := _ACCOUNT_TAG.search(found)):
            # "澎湃新闻官方账号": the account's badge, of 澎湃新闻; a paper names its own in
            # its title marks ("《X报》官方账号"), which no outlet's name keeps
            found = found[: tag.start()].strip("《》")
        found = _tagged_account(found, metas)
        if not PLACEHOLDER.match(found):
            return found
        if found[:1] == "本" and _OWN_DESK.match(found):
            # "来源：本站编辑": the site's own story, the site (its name, not its domain) its outlet
            if named := next((name for name in site if not name.isascii()), None):
                return named
            continue
        if not _UNKNOWN.match(found):  # "来源：未知": the page says it does not know
            placeholder = placeholder or found
    return placeholder


# A placeholder that says the outlet is unknown (未知, 佚名, 匿名): it names nothing, where
# 来源：网络 or 来源：转载 at least says where the story was taken from.
_UNKNOWN = re.compile(r"^(?:未知|佚名|匿名|不详|不詳)(?:来源|來源)?$")


def _tagged_account(found: str, metas: dict[str, str]) -> str:
    """The account the page's ``article:author`` tag names when ``found`` is that name with
    a region glued after it ("X重庆"): a platform's line under the account prints where the
    post was sent from after the name, as it prints "IP属地：X" elsewhere."""
    named = metas.get("article:author")
    if (
        named
        and len(found) > len(named) >= _ACCOUNT_NAME_MIN
        and found.startswith(named)
        and POST_REGION.fullmatch(found, len(named))
    ):
        return named
    return found


def _candidates(
    metas: dict[str, str],
    marked: str | None,
    lines: list[Line],
    zone: list[Line],
    head_zone: list[Line],
    body: list[Line],
    site: tuple[str, ...],
    scripted: Callable[[], str | None] | None,
    sections: tuple[str, ...] = (),
) -> Iterator[str]:
    """Every outlet the page credits, most trusted first."""
    inside = _inside_story(body)
    end = body[-1].index if body else -1
    edges = [line for line in zone if not inside(line)]
    yield from _unlisted(edges, lines, end)
    if found := label_then_value(edges):
        yield found
    if found := _credit_block_source(lines, body):
        yield found
    for value in (*(metas.get(key) for key in _SOURCE_TAGS), marked):
        if value and (found := labeled_source(value) or outlet_token(value)):
            yield found
    if (
        (found := unlabeled_meta_line(head_zone))
        and not account_not_outlet(found, lines)
        and not _credited_writer(found, lines)
        and not _section_name(found, sections, lines)
        and not noted_byline(found)  # "X/海港大学博士生": the writer and what X is
    ):
        # The host's own name under the heading ("江淮新闻 2024-07-08") is its weakest
        # claim: the outlet whose dateline opens the story (X客户端讯, X社北京7月8日电) filed it.
        if found in site and (filed := _opening_dateline(body)) and filed != found:
            yield filed
        yield found
    if found := byline_outlet(edges):  # "X / 新明日报", "聯合報／記者X／台北報導"
        yield found
    for line in body[:_OPENING_LINES]:  # a dateline over the story: "2024-3-5 海港晚报"
        if found := dated_outlet(line.text):
            yield found
        if _opens_story(line):
            break  # the story has begun
    if body:  # or over its heading, left out of it: an e-paper's "X日报 2024年7月8日 A05版"
        start = body[0].index
        for line in lines_between(lines, start - _ABOVE_HEADING, start - 1):
            if found := dated_outlet(line.text):
                yield found
    if found := badged_account(zone) or wechat_account(zone):
        yield found
    issuers: list[str] = []  # filled by the pass over the lines _labeled_elsewhere makes
    yield from _labeled_elsewhere(lines, end, inside, issuers)
    for line in edges:  # no label names one: （据新华社）, 综合X at the story's edge
        if line.is_link:  # a menu row ("综合新闻 | 玩家社会 | 招聘"), its links no credit
            continue
        if found := attribution_line(line.text) or reporter_outlet(line.text):
            yield found  # reporter_outlet: 作者：《X》记者 Y
    for line in _opening(body):  # the story's first words: 据新华社报道，…
        text = line.text
        if found := opening_attribution(text) or dateline_outlet(text) or release_outlet(text):
            yield found  # 新华社北京3月5日电, 【X消息】, X讯; a release's "/X/ --"
            break
        if found := opening_byline_outlet(text):  # "【聯合報╱記者X／台北報導】…"
            yield found
            break
    for line in edges:  # （海港日报）, 文/海港晚报: an outlet signing off with no label
        if found := signoff_outlet(line.text):
            yield found
        elif reported := outlet_reported(line.text):  # "X電台Y報導": the outlet, its reporter
            yield reported[0]
    for line in edges:  # "转载自X，原文首发于Y": Y, the chain's first outlet
        if found := first_outlet(line.text):
            yield found
    for line in body:
        if not inside(line) and (repost := repost_source(line.text)):
            yield repost[0]
    for line in edges:
        if found := self_credit(line.text, site):
            yield found
    if scripted and (stated := scripted()) and (found := outlet_token(stated)):
        yield found  # what the page's own script states (script_fields.py)
    tags = (structured_outlet(metas, site), outlet_as_author(metas), site_outlet(metas))
    for tagged in (*tags, host_publisher(metas, site)):
        if tagged and (found := unlabeled_token(tagged)):
            yield found
    # 发布机构：X, 供稿单位：X, 出品：X: who issued it, last (a feature's 出品 names its desk)
    yield from issuers
    if found := title_brand(site):
        yield found


def _labeled_elsewhere(
    lines: list[Line], end: int, inside: Callable[[Line], bool], issuers: list[str]
) -> Iterator[str]:
    """A 来源：X anywhere outside the story: an info table or a sidebar beside it, the label
    maybe alone in its cell and the outlet in the next ("信息来源" | "县卫生健康局"). After the
    story a labeled line counts only outside the page's furniture (an ad, a related list:
    ``Line.noise_at``) and when no other line there names another outlet: a related-story
    list, a comment widget or a feed credits each of its items ("来源：X" on every card),
    none of them the story (``end``: its last line's index). The same pass gathers
    ``issuers`` (issuer_lines.py), read last."""
    after: list[tuple[Line, str]] = []
    previous = label = None
    for line in lines:
        if inside(line):
            continue
        text = line.text
        colon = "：" in text or ":" in text  # a cheap look first: most lines hold no label
        issuer = (colon or previous) and issuer_source(text, previous)
        if issuer and not _in_figure(line):
            issuers.append(issuer)
        previous = line if colon and text.endswith(("：", ":")) else None
        value = _line_source(line)
        if value is None and label is not None:  # "信息来源" | "县卫生健康局": table cells
            value = label_then_value([label, line])
        label = line if line.chars <= _LABEL_CELL and _SOURCE_WORD.search(text) else None
        if not value or _in_figure(line) or _under_picture(line) or _card_after(line, end):
            continue
        if line.index <= end:
            yield value
        else:
            after.append((line, value))
    if len({value for _, value in after}) == 1:
        yield from (value for line, value in after if line.noise_at < 0)


def _unlisted(edges: list[Line], lines: list[Line], end: int) -> Iterator[str]:
    """The 来源 of each of ``edges`` but a picture's (in a ``<figure>``) and a list item's:
    a linked card after the story (``end``: its last line's index), or a line beside which,
    under the same parent, another line names a different outlet (a comment, a card); each
    credits itself. The story's meta line or sign-off stands alone."""
    for line in edges:
        value = _line_source(line)
        if (
            value
            and not _in_figure(line)
            and not _under_picture(line)
            and not _card_after(line, end)
            and not _has_other_item(line, value, lines)
        ):
            yield value


def _line_source(line: Line) -> str | None:
    """X of the line's "来源：X". On a meta bar of adjacent spans the label's value ends
    with its span ("<span>来源：X</span><span>举报</span>" reads X, not X举报): the spans
    are set apart and read again, which only ever cuts the value where a span ends."""
    glued = labeled_source(line.text)
    if glued is not None and line.link_chars:
        glued = within_link(line, glued)  # "来源: <a>X</a><img>湖南": X
    if (glued is None and "源" not in line.text) or not (
        spaced := spans_set_apart(line, icons=True)
    ):
        return glued
    apart = labeled_source(spaced)
    return apart if apart and (glued is None or glued.startswith(apart)) else glued


_LABEL_CELL = 8  # a label alone in its cell ("信息来源", "来源：") is this short
_ITEM_REACH = 2  # lines either side looked at for a sibling item
_UNDER_PICTURE_MAX = 40  # a picture's 来源 under it is one short line


def _has_other_item(line: Line, value: str, lines: list[Line]) -> bool:
    parent = line.owner.getparent()
    low, high = line.index - _ITEM_REACH, line.index + _ITEM_REACH
    for other in lines[max(low, 0) : high + 1]:
        if (
            other is not line
            and low <= other.index <= high
            and other.owner.getparent() is parent
            and _SOURCE_WORD.search(other.text)
            and (found := labeled_source(other.text))
            and found != value
        ):
            return True
    return False


def _in_figure(line: Line) -> bool:
    """Whether ``line`` is a picture's caption (inside ``<figure>``): its 来源 is the
    picture's."""
    return figure_around(line) is not None


def _under_picture(line: Line) -> bool:
    """Whether ``line`` is a short 来源 line right under a picture, outside a ``<figure>``
    (``<div><img></div><p>来源：X</p>``): its 来源 is the picture's, as a caption's is. An
    outlet's logo linked to its home page (``<a href="https://www.x.com"><img></a>``) is no
    picture of the story: a portal sets it before the 来源 line that names that outlet."""
    return (
        line.chars <= _UNDER_PICTURE_MAX
        and right_under_picture(line)
        and not _home_logo(line.owner.getprevious())
    )


_HOME_LINK = re.compile(r"https?://[^/?#\s]+/?$")


def _home_logo(element: etree._Element) -> bool:
    """Whether every picture in ``element`` is a link to a site's home page (a logo)."""
    return all(_home_link(picture, element) for picture in element.iter("img"))


def _home_link(picture: etree._Element, within: etree._Element) -> bool:
    """Whether ``picture`` stands in a link, inside ``within``, to a site's home page."""
    for above in picture.iterancestors():
        if above.tag == "a":
            return _HOME_LINK.match(above.get("href", "").strip()) is not None
        if above is within:
            return False
    return False


def _card_after(line: Line, end: int) -> bool:
    """Whether ``line`` is a linked list item after the story (``end``: its last line's
    index): a related story's card, whose 来源 is that story's ("标题 来源：X")."""
    if line.index <= end or not (line.hrefs or line.link_chars):
        return False
    return any(getattr(el, "tag", None) == "li" for el in (line.owner, *line.ancestors[:3]))


def _credit_block_source(lines: list[Line], body: list[Line]) -> str | None:
    """The 来源 of a block of the story's credits inside its span (文｜X / 编辑｜Y / 来源｜Z,
    which a WeChat article puts under its standfirst; the body has lost those lines). A
    short labeled line beside a credit of the story's writer or editor is the story's;
    beside a picture's credit (摄影：X) it is the picture's."""
    if not body:
        return None
    first, last = body[0].index, body[-1].index
    span = lines_between(lines, first + 1, last - 1)  # sliced when numbered by position
    for i, line in enumerate(span):
        if line.chars > _CREDIT_BLOCK_LINE or not _SOURCE_WORD.search(line.text):
            continue  # a cheap look first: most lines of a story are long or name no 来源
        if about_a_picture(line.text) or not (found := labeled_source(line.text)):
            continue
        near = span[max(i - 1, 0) : i] + span[i + 1 : i + 2]
        if any(is_credit(n.text) and not about_a_picture(n.text) for n in near):
            return found
    return None


def _inside_story(body: list[Line]) -> Callable[[Line], bool]:
    """Whether a line stands inside the story: after its first paragraph of prose and
    before its last ``_STORY_TAIL`` lines (where a 来源 sign-off stands)."""
    if len(body) <= _STORY_TAIL + 1:
        return lambda line: False
    first = next((ln.index for ln in body if _opens_story(ln)), None)
    if first is None:
        return lambda line: False
    last = body[-_STORY_TAIL].index
    return lambda line: first < line.index < last


# The writer's label, ending where a name starts (``search`` up to that place).
_WRITER_LABEL_BEFORE = re.compile(r"(?:^|\s)(?:文|作者|撰文|撰稿|文字)\s*[|｜/／:：]\s*\Z")
_WRITER_LINE = 30  # a writer's credit is one short line


def _credited_writer(name: str, lines: list[Line]) -> bool:
    """Whether the page credits ``name`` as the story's writer ("文｜X", "作者：X"): the one
    name on a dated line under the heading ("X·2024年12月02日 10:15") is then its author,
    not its outlet. The name is found with ``str.find`` and the label read before it, where
    a pattern compiled for each name cost ~1.7 M instructions (its classes hold non-Latin-1
    characters, which ``re`` maps over the whole of the BMP), a page's twentieth."""
    width = len(name)
    for line in lines:
        if line.chars > _WRITER_LINE:
            continue
        text = line.text
        at = text.find(name)
        while at >= 0:
            after = text[at + width : at + width + 1]  # a space or the line's end, as \s|$
            if (not after or after.isspace()) and _WRITER_LABEL_BEFORE.search(text, 0, at):
                return True
            at = text.find(name, at + 1)
    return False


def _section_name(name: str, sections: tuple[str, ...], lines: list[Line]) -> bool:
    """Whether the one name on the meta line is the story's section, not its outlet: a
    middle piece of the ``<title>`` ("X｜新聞速報｜中時樂活｜中時電子報") that the page also
    links to (its nav or its trail: "<a>新聞速報</a>"). A portal prints the section where
    an outlet would stand ("2012-01-17 | 新聞速報 | 台灣醒報／X")."""
    if name not in sections:
        return False
    return any(line.is_link and line.text.strip() == name for line in lines)


def _opening(body: list[Line]) -> list[Line]:
    """The line that opens the story, and the next one when that is a photo's caption over
    it (one short sentence: "外交部發言人警告，若X，中方必然反制。") that names no outlet:
    the dateline ("(星島日報報道)…") opens the line after it."""
    lines = [line for line in body[:_OPENING_LINES] if _opens_story(line)][:2]
    if lines and (lines[0].chars > _CAPTION_MAX or lines[0].text.count("。") > 1):
        return lines[:1]
    return lines


def _opening_dateline(body: list[Line]) -> str | None:
    """The outlet of the dateline the story's first paragraph opens with, else ``None``."""
    for line in body[:_OPENING_LINES]:
        if _opens_story(line):
            return dateline_outlet(line.text)
    return None


def _opens_story(line: Line) -> bool:
    """Whether ``line`` is prose that opens the story: long, with a full stop (an English
    sentence's too, not a decimal point's), not the heading (a selection may start at the
    ``<h1>``, and "…翻倍！" is a heading's too), not a summary box and not a photo's
    caption (by its credit, or by its ``<figcaption>``)."""
    text = line.text
    if line.chars < _PROSE_CHARS or line.heading or SUMMARY_LABEL.match(text):
        return False  # a summary box ("摘要：…") stands over the story's first words
    if figure_around(line) is not None:
        return False  # the lead picture's caption (<figcaption>), over the dateline

    if not (_FULL_STOP.search(text) or ". " in text or text.endswith(".")):
        return False
    return not (("摄" in text or "攝" in text) and _PHOTO_CREDIT_END.search(text))
