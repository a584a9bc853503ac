"""What each line of the chosen container is: GOOD (prose), SHORT (headings, captions) or
BAD (links, menus, list stamps, notices, page chrome), with the reason when it is BAD.

SHORT lines survive only between prose, as in jusText, and in a short sign-off run right
after it. Chrome removed inline (an editor's credit, a player message) marks no boundary
for them: a subheading under "（原标题：…）" still opens the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from enum import Enum

from lxml import etree

from snapcrawl.extract import chrome, noise, thresholds, ui_shapes
from snapcrawl.extract.dom import Line
from snapcrawl.extract.numbered_parts import continues_numbering
from snapcrawl.extract.prose_shapes import is_linked_sentence, leads_into
from snapcrawl.extract.vocab import CITATION, REFERENCE_HEADING, SENTENCE_ENDINGS, TABLE_CELLS

# BAD lines that sit inside a story (or close it) and mark no boundary for SHORT lines.
INLINE_CHROME = frozenset({"credit", "ui", "promo", "end_marker"})
# An ask to press the post's buttons (button_asks): inline too, but no box of more promos
# opens under it: the story's note under "点个“在看”" ("（文中受访者均为化名）") is a sign-off.
_ASK = "button_ask"
# A bare related box's title and its headline (related_labels): cut out of the story's run,
# no boundary for the short lines beside it.
RELATED_BOX = "related_box"
_PASSED = INLINE_CHROME | {_ASK, RELATED_BOX}
# "附件：X年抽查结果", "附件2：申报表": a release names the document it attaches, linked; the
# reader learns from it what the release publishes. A short line, a SHORT one after prose.
_ATTACHMENT = re.compile(r"^附件\s*\d{0,2}\s*[:：]\s*\S.{0,58}$")


class Kind(Enum):
    """A line's part in the body."""

    GOOD = "good"
    SHORT = "short"
    BAD = "bad"


def first_good(kinds: list[tuple[Kind, str]], default: int) -> int:
    """Where the story's first line stands (the first GOOD one), or ``default`` when none is:
    the cuts of what a host sets over the story look only above it."""
    return next((i for i, (kind, _) in enumerate(kinds) if kind is Kind.GOOD), default)


def last_kept(kinds: list[tuple[Kind, str]], count: int) -> Iterator[int]:
    """The positions of the body's last ``count`` lines not already cut, last first: where a
    closing plug or sign-off stands, whatever the earlier cuts took from under the story."""
    seen = 0
    for i in range(len(kinds) - 1, -1, -1):
        if kinds[i][0] is Kind.BAD:
            continue
        seen += 1
        if seen > count:
            return
        yield i


def _inside_region(line: Line, container: etree._Element) -> bool:
    """Whether a furniture region lies between ``line`` and ``container``."""
    if line.noise_at < 0:
        return False
    try:
        return line.noise_at < line.ancestors.index(container)
    except ValueError:
        return True


def _a_rows_value(line: Line) -> bool:
    """A date in a table cell beside a label cell of plain text ("展期" | "2024年12月8日至…"):
    the row's value, not a list's stamp; a list's rows link their titles."""
    return ui_shapes.beside_cells(line)


def _dated_citation(text: str) -> bool:
    """A cited work's line, its date in brackets after the sentence that names it
    ("參考來源：X，〈題名〉。出版者（2020.8.14）"): a reference inside the story, not a list's
    item, whose title closes no sentence before its publisher and stamp."""
    if not text.endswith(("）", ")")):
        return False
    opens = max(text.rfind("（"), text.rfind("("))
    end = text.find("。", 0, opens)
    return 0 < end < opens - 1


# An ad slot's label left alone where the ad did not load ("广告", "ADVERTISEMENT"): its box
# is a furniture region, but one set between the story's paragraphs, which goes on after it
# (a live blog's next stamp and heading, a subheading): chrome inline, no boundary.
_AD_SLOT_LABELS = frozenset(
    {"广告", "廣告", "ADVERTISEMENT", "Advertisement", "advertisement", "AD", "Ad"}
)
_AD_SLOT_MAX = max(map(len, _AD_SLOT_LABELS))  # one length test before the set


def kind_of(line: Line, container: etree._Element) -> tuple[Kind, str]:
    """Classify one line of the container, with the reason when it is BAD.

    Asked once a line on the benchmark's pages (~63 lines a page, as many lines as calls):
    keeping the kind on the line would save nothing. Most of its cost (~0.4 of ~0.55
    ms/page) is ``chrome.line_kind`` on the ~47 lines a page that reach it, nearly three
    quarters of that ``credit_lines.is_credit``, which no word gate can spare: a credit
    may be known by its shape alone (credit_shape.credit_by_form)."""
    text = line.text
    if len(text) <= _AD_SLOT_MAX and text in _AD_SLOT_LABELS:
        return Kind.BAD, "ui"
    if _inside_region(line, container):
        return Kind.BAD, "region"
    if line.is_link and not is_linked_sentence(line) and not _ATTACHMENT.match(text):
        return Kind.BAD, "links"
    if noise.is_nav_line(text):
        return Kind.BAD, "nav"
    if noise.breadcrumb_parts(text, line.link_density):
        return Kind.BAD, "breadcrumb"
    if noise.is_footer_line(text) and line.punct < thresholds.FOOTER_MAX_PUNCT:
        return Kind.BAD, "footer"
    if line.stamp and not _a_rows_value(line) and not _dated_citation(text):
        return Kind.BAD, "list_item"
    if line.teaser:
        return Kind.BAD, "teaser"
    # Credits, UI text, short promos. A picture's credit ends the picture's block (its
    # caption goes with it); an editor's credit or 原标题 sits inside the story.
    if chrome_kind := chrome.line_kind(text):
        return Kind.BAD, chrome_kind
    if not line.is_link and (shape := ui_shapes.shape_kind(line)):
        return Kind.BAD, shape  # a toolbar's, a player's or a post's shape, whatever its words
    text_chars = line.chars - line.link_chars
    if line.is_link:  # a linked sentence (above): its own words, and it ends like one
        return Kind.GOOD, ""
    if (text_chars >= thresholds.GOOD_LINE_CHARS and line.punct) or (
        text_chars >= thresholds.SENTENCE_END_MIN_CHARS and text.endswith(SENTENCE_ENDINGS)
    ):
        return Kind.GOOD, ""
    if text_chars >= thresholds.GOOD_UNPUNCTUATED_CHARS:
        return Kind.GOOD, ""
    return Kind.SHORT, ""


_FRAMES = "『「〖"  # brackets a label may be framed in that close like a quote


def cut_list_sections(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """A list heading followed by non-prose opens a list section; drop it to the next prose.
    An item of a list is no heading, whatever it says ("列出文件夹里的全部图片"), nor is a
    cell of a table's row beside other cells ("本周均价" heading a column of figures)."""
    i = 0
    n = len(lines)
    good = Kind.GOOD
    while i < n:
        line = lines[i]
        if (
            # a list's title framed in quote brackets ("『相关阅读』") ends like a quote, so
            # it reads as a sentence: framed whole, it is the title all the same
            (kinds[i][0] is not good or line.text[:1] in _FRAMES)
            # a widget's hint ("点击地图查看路线") is chrome already: it heads no list; a
            # heading's "阅读更多" over a list of headlines is that list's title, no button
            and (kinds[i][1] not in INLINE_CHROME or (line.heading and kinds[i][1] == "ui"))
            and line.owner.tag != "li"
            and noise.is_list_heading(line.text)
            and not ui_shapes.beside_cells(line)
            # an app's ask over each picture ("打开网易新闻 查看精彩图片"), set in a box of
            # its own: inline chrome all the same, the story goes on under the picture
            and not _picture_ask(kinds[i], line)
        ):
            j = i + 1
            # A list has no headings of its own: the next one opens another section, and
            # so does the story's next numbered part ("5、《X》" after "4、《Y》").
            while True:
                while (
                    j < n
                    and kinds[j][0] is not good
                    and not lines[j].heading
                    and not continues_numbering(lines, j)
                ):
                    j += 1
                # ... but a list may set each headline as a heading over its counts and
                # date ("0 10-18 15:00"): such a heading is the list's next item
                if j + 1 < n and lines[j].heading and _item_stamp(lines[j + 1].text):
                    j += 2
                    continue
                break
            if j - i >= 2 or j == n or _more_after_story(kinds, lines, i):
                for k in range(i, j):
                    kinds[k] = (Kind.BAD, "list_section")
            i = j
        else:
            i += 1


# A list item's line of counts and its date, nothing else ("0 10-18 15:00", "3984 2024-10-08").
_ITEM_STAMP = re.compile(
    r"^(?:[\d.,]+[万wWkK]?\s+)*\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?:\s+\d{1,2}:\d{2})?$"
)
_ITEM_STAMP_MAX = 30


def _item_stamp(text: str) -> bool:
    return (
        len(text) <= _ITEM_STAMP_MAX and text[-1:].isdigit() and _ITEM_STAMP.match(text) is not None
    )


def _more_after_story(kinds: list[tuple[Kind, str]], lines: list[Line], i: int) -> bool:
    """A "more" line after the story ("更多X新闻网报道", "更多精彩资讯") with no prose after
    it: the way to other stories, whatever follows it (another list's own heading)."""
    return (
        lines[i].text.lstrip(" >》»【[").startswith("更多")
        and all(kind is not Kind.GOOD for kind, _ in kinds[i + 1 :])
        and any(kind is Kind.GOOD for kind, _ in kinds[:i])
    )


# A summary box's label standing alone on its line over the summary ("摘要", "AI摘要",
# "【内容提要】", "核心提示"); not 导语 or 导读, whose lead is often the story's own opening.
# A machine's summary names the machine, then what it does for the reader ("AI帮你读",
# "AI速览", "AI划重点", "智能总结"); a machine reading the story aloud ("AI朗读", "智能诵读")
# is a player's label over the story itself.
_SUMMARY_BOX_LABEL = re.compile(
    r"^[\s【\[]*(?:(?:AI|ai|内容)?\s*(?:摘要|提要|核心提示)"
    r"|(?:AI|ai|智能)\s*\S{0,3}?(?:(?<![朗诵念])读|速览|看点|要点|重点|总结|概要|摘要|提炼))"
    r"\s*[】\]]?\s*[:：]?$"
)
_SUMMARY_BOX_REACH = 3  # the box opens the selection: its label is among its first lines


def cut_summary_box(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """A summary box over the story, its label alone on a line and its summary on the next
    ("AI摘要" | "X发布报告，…。"): the page's précis of the story, not its opening. Only
    before the story's first paragraph, and only with the story following it."""
    for i in range(min(len(lines) - 2, _SUMMARY_BOX_REACH)):
        if kinds[i][0] is Kind.GOOD:
            return  # the story has begun
        if lines[i].chars > 8 or not _SUMMARY_BOX_LABEL.match(lines[i].text):
            continue
        if kinds[i + 1][0] is Kind.GOOD and any(k is Kind.GOOD for k, _ in kinds[i + 2 :]):
            kinds[i] = kinds[i + 1] = (Kind.BAD, "summary")
        return


# A box asking the reader one question after the story ("极客一问" | "你会用 AI 识别图片吗？",
# "今日互动" | "您怎么看？"): its label names the box, the question speaks to the reader.
_READER_QUESTION_LABEL = re.compile(r"^[\s【\[]*\S{0,6}?(?:一问|互动|投票|话题|讨论)[\s】\]]*$")
_READER_QUESTION = re.compile(r"(?:你|您|大家|各位).*[？?]$")
_READER_QUESTION_MAX = 30  # one short question, not a paragraph of an interview


def cut_reader_question(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """A box after the story asking the reader a question, its label alone over it: the
    host's prompt to take part, not the story's last lines. Only with the question as the
    selection's last prose and the story before the box."""
    question = len(kinds) - 1
    while question >= 0 and kinds[question][0] is not Kind.GOOD:
        question -= 1
    shown = [i for i in range(question) if kinds[i][0] is not Kind.BAD]
    if len(shown) < 2:
        return
    label = shown[-1]
    text = lines[question].text.strip()
    if (
        len(text) <= _READER_QUESTION_MAX
        and lines[label].chars <= 10
        and _READER_QUESTION_LABEL.match(lines[label].text)
        and _READER_QUESTION.search(text)
        and any(kinds[i][0] is Kind.GOOD for i in shown[:-1])
    ):
        kinds[label] = kinds[question] = (Kind.BAD, "promo")


_SIGNOFF_BRACKETS = " （）()【】[]"  # "（X新闻）": the name in brackets signs off too
# An outlet's initials alone under a Chinese story ("SFC", "NBD"): its sign-off, in Latin.
_INITIALS = re.compile(r"^[A-Z]{2,5}$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def cut_own_name_signoff(
    kinds: list[tuple[Kind, str]], lines: list[Line], site_names: Iterable[str]
) -> None:
    """The site's own name alone right after the story ("每日经济新闻", "（X新闻）"), or an
    outlet's Latin initials under a Chinese story ("SFC"): the outlet signing the story
    off, as a byline does, not a line of it."""
    names = {name for name in site_names if not name.isascii()}  # not the host's domain
    last = len(kinds) - 1
    while last >= 0 and kinds[last][0] is not Kind.GOOD:
        last -= 1
    if last < 0:
        return
    for i in range(last + 1, min(len(lines), last + 1 + thresholds.SIGN_OFF_LINES)):
        if kinds[i][0] is not Kind.SHORT:
            continue
        name = lines[i].text.strip(_SIGNOFF_BRACKETS)
        if (
            i + 1 < len(lines)
            and kinds[i + 1][0] is Kind.SHORT
            and SIGNED_ON.match(lines[i + 1].text)
        ):
            continue  # a signature over its written date (keep_signature_dates): a notice's close
        if name in names or (_INITIALS.match(name) and _CJK.search(lines[last].text)):
            kinds[i] = (Kind.BAD, "credit")


_WEB_ADDRESS = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")  # alone on its line
_CITATION_RUN = 3  # citations in a row under a reference heading: a list, whatever follows


def cut_reference_sections(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """A reference list (参考文献/注释 and items shaped like citations) closes a wiki or a
    blog post: its heading and its citations go, however long each citation is."""
    for i, line in enumerate(lines):
        if line.chars > 30:
            continue
        colon = False
        if not REFERENCE_HEADING.match(line.text):
            bare = line.text.rstrip(" ：:")
            if bare == line.text or not REFERENCE_HEADING.match(bare):
                continue
            colon = True  # "参考文献：" may open notes the story keeps; a web address may not
        items = [ln for ln in lines[i + 1 : i + 11] if ln.chars]
        if not items:
            continue
        cited = sum(1 for ln in items if CITATION.search(ln.text))
        # a run of numbered citations right under the heading, however many lines of
        # credits and footer follow it ("[1] X. 题名[EB/OL]." … then "撰稿: X | 责编: Y")
        run = next((k for k, ln in enumerate(items) if not CITATION.search(ln.text)), len(items))
        # else a web address right under the heading, however the post signs off after it
        if (colon or (cited * 2 < len(items) and run < _CITATION_RUN)) and not _WEB_ADDRESS.match(
            items[0].text
        ):
            continue
        kinds[i] = (Kind.BAD, "references")
        for k in range(i + 1, len(lines)):
            if lines[k].heading and not REFERENCE_HEADING.match(lines[k].text):
                break  # a new section of the article
            if CITATION.search(lines[k].text) or kinds[k][0] is not Kind.GOOD:
                kinds[k] = (Kind.BAD, "references")
            elif not REFERENCE_HEADING.match(lines[k].text):
                break


def _is_verse(line: Line) -> bool:
    """A long line with no link and no labels: a line of unpunctuated prose or verse."""
    return (
        line.link_chars == 0
        and line.chars >= thresholds.VERSE_CHARS
        and not noise.is_meta_line(line.text)
    )


def _opens_address(run: list[Line]) -> bool:
    """A speech's opening right before its first paragraph: a speaker line, then an
    address that ends in a colon ("中国载人航天工程新闻发言人 武平", "女士们、先生们：")."""
    last = run[-1].text
    return (
        len(run) <= thresholds.SIGN_OFF_LINES
        and last.endswith(("：", ":"))
        and not noise.is_list_heading(last)
        and not noise.is_meta_line(last)
        and all(line.link_chars == 0 for line in run)
    )


# A document's signature: the issuing body's name alone on its line (河畔市人民政府办公室,
# 河畔股份有限公司董事会), and the date it was signed on, written out, alone under it.
_SIGNATURE = re.compile(
    r"^[\u4e00-\u9fff（）()]{4,30}(?:政府|办公厅|办公室|委员会|管理局|局|厅|委|部|署|院|中心|"
    r"公司|董事会|监事会|协会|学会|联合会|大学|学院|研究所|银行|支队|大队)$"
)
SIGNED_ON = re.compile(r"^\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")


def keep_signature_dates(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """A written-out date alone under a signature closes an official document or an
    announcement (its 成文日期), as a list's item it is not: it becomes a SHORT line, kept
    with the signature in the sign-off run after the prose."""
    for i in range(1, len(lines)):
        if (
            kinds[i][1] == "list_item"
            and kinds[i - 1][0] is not Kind.BAD
            and SIGNED_ON.match(lines[i].text)
            and _SIGNATURE.match(lines[i - 1].text)
        ):
            kinds[i] = (Kind.SHORT, "")


def _picture_ask(kind: tuple[Kind, str], line: Line) -> bool:
    """An app's ask set in a box beside a picture ("打开网易新闻 查看精彩图片" in the
    picture's ``<figure>``): a promo inline, though its box is furniture. A share bar's
    or a feed's boxes hold no picture."""
    if kind[1] != "region" or chrome.line_kind(line.text) != "promo":
        return False
    up = line.owner.getparent()
    return up is not None and next(up.iter("img"), None) is not None


def _passed(kind: tuple[Kind, str], line: Line) -> bool:
    """Inline chrome, or an app's ask over a picture: the story goes on past it, no
    boundary for the short lines beside it."""
    return kind[1] in _PASSED or _picture_ask(kind, line)


def keep_short(kinds: list[tuple[Kind, str]], lines: list[Line]) -> list[bool]:
    """SHORT lines stay between prose, and in a short run right after prose (sign-offs:
    原标题, 作者, 编辑) even when furniture follows; a run of long link-free lines right
    before prose opens the story even after furniture; elsewhere they go."""
    keep = [k is Kind.GOOD for k, _ in kinds]
    n = len(kinds)
    last_good = n - 1 - keep[::-1].index(True) if True in keep else -1
    i = 0
    while i < n:
        if kinds[i][0] is not Kind.SHORT:
            i += 1
            continue
        j = i
        while j < n and kinds[j][0] is Kind.SHORT:
            j += 1
        # Chrome lines removed inline (a credit, a player message) mark no boundary.
        b = i - 1
        while b >= 0 and _passed(kinds[b], lines[b]):
            b -= 1
        # A picture's credit closes its picture; after a picture set between paragraphs
        # of the story, the story goes on (its caption before the credit may go with it).
        if b >= 0 and kinds[b][1] == "picture_credit":
            p = b - 1
            while p >= 0 and (kinds[p][1] in INLINE_CHROME or kinds[p][1] == "picture_credit"):
                p -= 1
            if p >= 0 and kinds[p][0] is Kind.GOOD:
                b = p
        a = j
        while a < n and _passed(kinds[a], lines[a]):
            a += 1
        before = kinds[b][0] if b >= 0 else None
        if before is Kind.BAD and kinds[b][1] == "summary":
            before = Kind.GOOD  # a summary box over the story stands where the story does
        after = kinds[a][0] if a < n else None
        sides = {before, after}
        # Past the story's end, a short run that a credit, a toolbar or a promo opens is
        # more of the same ("投币 分享 收藏" then "UP主：山里人家"): no sign-off of the story.
        in_tail = (
            b < i - 1
            and kinds[i - 1][1] in INLINE_CHROME
            and last_good < i
            and not any(line.owner.tag in TABLE_CELLS for line in lines[i:j])  # a table's data
        )
        run_ok = not in_tail and (
            (Kind.BAD not in sides and Kind.GOOD in sides)
            or (before is Kind.GOOD and j - i <= thresholds.SIGN_OFF_LINES)
            or (after is Kind.GOOD and all(_is_verse(line) for line in lines[i:j]))
            or (after is Kind.GOOD and a == j and _opens_address(lines[i:j]))
            or (after is Kind.GOOD and a == j and leads_into(lines[i:j]))
            # the story's next numbered part after a box of buttons (numbered_parts)
            or (after is Kind.GOOD and a == j == i + 1 and continues_numbering(lines, i))
        )
        for k in range(i, j):
            keep[k] = run_ok
        i = j
    return keep
