"""The credit fields: who wrote the story (``author``), who edited it (``editor``) and what
it was first titled (``original_title``).

The author is read from the strongest evidence first: a credit on the page (作者：X, （记者
X）), a label alone over a name, the self-media account beside its follow button, an author
card, the byline element or the author tags, what a script states, the title bar, then a row
crediting author and editor anywhere on the page, and last a name alone where a byline
stands with no label (bare_bylines). A name
only ``<meta name=author>`` gives and the page shows nowhere is a CMS user, not a writer.
"""

from __future__ import annotations

import itertools
import re

from snapcrawl.extract import accounts, credits, original_title
from snapcrawl.extract.author_cards import card_author
from snapcrawl.extract.bare_bylines import bare_byline
from snapcrawl.extract.credit_lines import credited_span
from snapcrawl.extract.credit_names import clean_name, is_outlet_name, without_outlet
from snapcrawl.extract.credit_pairs import more_names, names_alone
from snapcrawl.extract.credit_zone import without_dates, zone_as_read
from snapcrawl.extract.dates import date_spans
from snapcrawl.extract.dom import Line
from snapcrawl.extract.editor_credits import extract_editor as editor_credit
from snapcrawl.extract.fact_rows import fact_box, record_rows
from snapcrawl.extract.headline_author import headline_author
from snapcrawl.extract.meta import HeadInfo, marked_near
from snapcrawl.extract.title_author import title_bar_author


def extract_author(
    head: HeadInfo,
    lines: list[Line],
    zone: list[Line],
    body: list[Line],
    site: tuple[str, ...],
    source: str | None = None,
) -> str | None:
    """The credited author, else a name alone where a byline stands (bare_bylines)."""
    if found := _credited_author(head, lines, zone, body, site, source):
        return found
    if found := _row_author(lines):
        return without_outlet(found, site, source)
    return bare_byline(zone, body)


# The story's credit row: "作者：X　编辑：Y" in one short line, wherever the page puts it.
_ROW_MAX = 40


def _row_author(lines: list[Line]) -> str | None:
    """The author of a short row that credits the editor too ("作者：X　编辑：Y"), read
    anywhere on the page: a page prints the story's row of credits once, and below a
    related list or a reactions widget it stands outside the story's zone. An author's
    label alone is any story's (a sidebar's teaser); beside the editor's, it is the page's.
    """
    for line in lines:
        text = line.text
        if line.chars > _ROW_MAX or "作者" not in text or "编" not in text:
            continue
        if editor_credit([line], by_form=False) and (
            found := credits.author_from_lines([line], [])
        ):
            return found
    return None


def _credited_author(
    head: HeadInfo,
    lines: list[Line],
    zone: list[Line],
    body: list[Line],
    site: tuple[str, ...],
    source: str | None = None,
) -> str | None:
    """A credit on the page (作者：X, （记者 X）), else the self-media account beside its
    follow button, else the byline element or meta author, else the author a script
    states about the article."""
    # the zone as the author reader reads it (作者︰X, 【作者】X: the label's common form),
    # then with the dates beside a credit set aside ("2024-08-06 记者 X", "Author: X 2024-…")
    span = credited_span(lines, body)
    # "作者：X" in a book's box of facts, or in each record of a list of books, names a
    # book's author
    if box := fact_box(zone) | record_rows(body):
        zone = [line for line in zone if id(line) not in box]
    if found := credits.author_from_lines(zone_as_read(zone) or zone, span):
        return without_outlet(found, site, source)
    if (read := without_dates(zone)) and (found := credits.author_from_lines(read, span)):
        return without_outlet(found, site, source)
    if found := _author_label_then_name(zone):
        return without_outlet(found, site, source)
    if found := accounts.followed_account(lines):
        return found
    if found := card_author(head.marked.get("card", []), lines, body):
        return without_outlet(found, site, source)
    tags = dict(head.metas)
    if byline := marked_near(head, "byline", zone):
        tags["byline"] = byline
    found = credits.author_from_tags(tags, site, source)
    # A name only <meta name="author"> gives, shown nowhere on the page, is often the CMS
    # user who posted it (a gazette's clerk), not who wrote it.
    plain_meta = found is not None and found in (tags.get("author"), tags.get("article:author"))
    if plain_meta and found is not None and found != tags.get("byline"):
        shown = [ln.text for ln in lines if found in ln.text]
        # shown only as the page's editor ("责任编辑：X") where the page's own author field
        # is blank or anonymous ("作者： 佚名"): the CMS user who posted it, not the writer
        # or shown only after the desk editor's own label ("【责任编辑：X】"): the CMS fills
        # its author tag with the editor who posted the story, whoever wrote it
        if not shown or (
            all(_named_only_after(text, found, _EDITOR_BEFORE) for text in shown)
            and (
                any("作" in ln.text and _BLANK_AUTHOR.search(ln.text) for ln in lines)
                or all(_named_only_after(text, found, _DESK_EDITOR_BEFORE) for text in shown)
                # or beside the desk editor's own credit ("编辑：X 责任编辑：Y"), or on the
                # dated meta line after the outlet ("2016-03-15 23:39 X晚报 编辑：X"): the
                # portal's editor of the reprint, by the role the page gives
                or any(_DESK_EDITOR_WORD.search(text) or date_spans(text) for text in shown)
            )
        ):
            return None
    # a Latin meta author the page's copyright names ("hepanwang" | "www.hepanwang.com 版权所
    # 有") is the publisher seen from a copy of its page, not a writer
    if (
        plain_meta
        and found is not None
        and found.isascii()
        and found.lower() in tags.get("copyright", "").lower()
    ):
        return None
    if found is None and (stated := head.stated("script:author")):  # script_fields.py
        return credits.author_from_tags({"author": stated}, site, source)
    if found is None and head.title:  # "标题 - 作者 - 站名"
        found = title_bar_author(head.title, lines, site)
    if found is None and head.title:  # "標題（作者） | 論壇 | 報名" over a note on the writer
        found = headline_author(head.title, lines)
    return found


# An author's label alone in its cell or term ("作者" | "陳志豪" in an info table or a <dl>).
_AUTHOR_ALONE = re.compile(r"^(?:作\s*者|撰\s*文|撰\s*稿|执\s*笔|執\s*筆)\s*[:：]?$")
# A reporter's label alone ("记者" | "蒋一帆 刘晓晴") and an English writer's ("Reporter" |
# "Li Ming"): an interview's 记者 speaks too, so the next line must be names alone, each
# shaped like a person's (credit_pairs.names_alone), not any short phrase ("记者" | "谢谢").
_REPORTER_ALONE = re.compile(
    r"^(?:[记記]\s*者|采\s*写|採\s*寫|(?:Reporters?|Authors?|Writers?))\s*[:：]?$"
)
_LABEL_CELL = 6  # a label alone is this short
_EN_LABEL_CELL = 10  # "Reporters:"


def _author_label_then_name(zone: list[Line]) -> str | None:
    """The name on the line after an author's label that ends its own line or cell, when
    that line is a person's name (an outlet there is a 来源's, read by source.py)."""
    for pos, (line, nxt) in enumerate(itertools.pairwise(zone)):
        short = line.chars <= _LABEL_CELL or (line.chars <= _EN_LABEL_CELL and line.text.isascii())
        if short and nxt.index == line.index + 1:
            label = line.text.strip()
            if _REPORTER_ALONE.match(label):
                if not names_alone(nxt):
                    continue
            elif not _AUTHOR_ALONE.match(label):
                continue
            name = clean_name(nxt.text.strip())
            if not name or is_outlet_name(name):
                return None
            # more names under the label, each in a cell of its own ("采写" | "X" | "Y")
            more = zone[pos + 2 : more_names(zone, pos + 1)] if names_alone(nxt) else []
            return " ".join([name, *(n for ln in more if (n := clean_name(ln.text.strip())))])
    return None


def extract_editor(zone: list[Line], lines: list[Line]) -> str | None:
    """The editor credited by the story (see ``credits``), else anywhere on the page."""
    if found := editor_credit(zone):
        return found
    hong_kong = any("︰" in line.text for line in zone)  # 責任編輯︰X: a Hong Kong page's colon
    if hong_kong and (read := zone_as_read(zone)) and (found := editor_credit(read)):
        return found
    return editor_credit(lines, by_form=False)


def extract_original_title(zone: list[Line]) -> str | None:
    """原标题：X or 原题为《X》 by the story (see ``credits``)."""
    return original_title.extract_original_title(zone)


# The page's author field left blank or anonymous: "作者： 时间：…", "| 作者： 佚名".
_BLANK_AUTHOR = re.compile(
    r"作\s*者\s*[:：]\s*(?:(?:佚名|未知|匿名)\s*)?(?=$|[|｜]|[\u4e00-\u9fff]{2,4}\s*[:：])"
)
# An editor's label right before a name ("责任编辑： X", "【编辑：X】", "責編/X").
_EDITOR_BEFORE = re.compile(r"(?:编辑|編輯|责编|責編)\s*[:：/／|｜]?\s*$")
_DESK_EDITOR_WORD = re.compile(r"责任编辑|責任編輯|责编|責編")
_DESK_EDITOR_BEFORE = re.compile(r"(?:责任编辑|責任編輯|责编|責編)\s*[:：/／|｜]?\s*$")


def _named_only_after(text: str, name: str, label: re.Pattern[str]) -> bool:
    """Whether every place ``text`` names ``name`` is right after ``label`` (an editor's,
    ``_EDITOR_BEFORE``; the desk editor's, ``_DESK_EDITOR_BEFORE``: 责任编辑, 责编, the one
    who posted it, never a writer's title)."""
    start = text.find(name)
    while start >= 0:
        if not label.search(text, 0, start):
            return False
        start = text.find(name, start + len(name))
    return True
