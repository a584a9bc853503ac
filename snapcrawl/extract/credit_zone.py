"""The story's credit lines in the form the author and editor readers read.

Pages write a credit's label many ways: a Hong Kong colon (作者︰X), a traditional or a
synonym spelling (執筆, 撰稿人, 主笔, 博主, 報導), a bracketed label (【作者】X), a label in two
languages, a row of English credits ("By X | River Daily | Updated: …"), a bracketed credit
opening a paragraph (〔記者陳大明／台中報導〕台中捷運…), a date beside the credit ("2024-08-06
记者 X"). The readers in ``credits`` know the common form; these give them each line in it,
and leave the page's own text as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from snapcrawl.extract import thresholds
from snapcrawl.extract.credit_affiliations import unplaced
from snapcrawl.extract.credit_forms import reading_form
from snapcrawl.extract.dates import date_spans
from snapcrawl.extract.dom import Line
from snapcrawl.extract.vocab import DATE_WORD

# A colon a Hong Kong page types (作者︰X), and a writer's label in a spelling the credit
# forms leave as written, before its separator: 執筆 (执笔 in traditional), 撰稿 (撰文's
# synonym; 撰稿人 and 特约撰稿人 the contributor's, 文案 the copywriter's), 报道/報導 heading a
# reporter's name on Malaysian and Singaporean pages (记者), a column's 主笔, a blog's 博主, a
# question's 答主 (its writer), a picture story's 摄影报道 (its reporter's), 撰写 (撰文's
# synonym), a government page's 文稿 (its writer's) and a critic's 书评人/影评人/乐评人/剧评人
# (the review's writer).
_LABEL_SPELLING = re.compile(
    r"[︰﹕]|(?:(?<=^)|(?<=[\s|｜]))(?:執筆|(?:特约|特約)?撰稿人?|文稿|报道|報道|報導|主笔|主筆|答主|博主|"
    r"文案|撰写|撰寫|[书書影乐樂剧劇][评評]人|(?:摄影|攝影|图文|圖文)(?:报道|報導))"
    r"(?=\s*[:：︰﹕/／|｜丨])"
)
_SPELLED = {
    "︰": "：",
    "﹕": "：",
    "執筆": "执笔",
    "撰稿": "撰文",
    "文稿": "撰文",  # a government page's writer ("文稿：X　图片：Y　审签：Z")
    "撰稿人": "撰文",  # a contributor's label, 特约撰稿人 a commissioned one's
    "特约撰稿人": "撰文",
    "特約撰稿人": "撰文",
    "特约撰稿": "撰文",
    "特約撰稿": "撰文",
    "主笔": "执笔",  # a column's lead writer
    "主筆": "执笔",
    "答主": "作者",  # who answers on a question-and-answer site
    "博主": "作者",  # a blog's writer
    "文案": "撰文",  # a feature's copywriter, in its credit row
    "摄影报道": "作者",  # a picture story's reporter, who wrote its words too
    "攝影報導": "作者",
    "图文报道": "作者",
    "圖文報導": "作者",
    "报道": "记者",
    "報道": "记者",
    "報導": "记者",
    **dict.fromkeys(("撰写", "撰寫"), "撰文"),
    **{f"{art}{judge}人": "作者" for art in "书書影乐樂剧劇" for judge in "评評"},
}
_SPELLING_CHARS = re.compile("[︰﹕執撰报報主案稿]")
# The longest line read in a credit's form: a row of credits ("By X | River Daily |
# Updated: …") as credit_reading reads the story's credit lines.
_READ_MAX = 3 * thresholds.CREDIT_MAX


def zone_as_read(zone: list[Line]) -> list[Line] | None:
    """``zone`` with each line that may be a credit in the form the author and editor
    readers read: the label in the common form (credit_forms.reading_form: 【作者】X,
    作者 Author：X, 作者︰X, 執筆：X, "By X | Outlet | Updated: …"), a bracketed credit
    opening a paragraph on its own; ``None`` when no line changes. The page's own text
    stays as written."""
    read, changed = [], False
    for line in zone:
        if (text := _credit_form(line)) is not None:
            line, changed = replace(line, text=text, chars=len(text)), True
        read.append(line)
    return read if changed else None


def without_dates(zone: list[Line]) -> list[Line]:
    """The short dated lines of ``zone`` that read as a credit once the dates, weekdays
    and times beside it are set aside ("作者︰X 2024-08-06 10:20", "2024-08-06 星期二 记者 X
    通讯员 Y", "Author: Li Wei 2024-08-06": a date is never a name), in that reading."""
    read = []
    for line in zone:
        text = line.text
        if line.chars > _READ_MAX or not (
            _CREDIT_CHARS.search(text) or "评人" in text or "評人" in text
        ):
            continue
        if not (spans := date_spans(text)):
            continue
        for start, end in reversed(spans):
            text = text[:start] + " " + text[end:]
        text = " ".join(w for w in text.split() if not DATE_WORD.fullmatch(w))
        if text and (_CREDIT_CHARS.search(text) or "评人" in text or "評人" in text):
            text = _credit_form(replace(line, text=text, chars=len(text))) or text
            read.append(replace(line, text=text, chars=len(text)))
    return read


# A writer's or an editor's label holds one of these (作者, 记者, 文, 撰文, 执笔, 采写, 編輯,
# 主笔, 答主, 博主, 书评人, By, Author): a line with none is read as written.
_CREDIT_CHARS = re.compile("[文作写笔筆记記撰报報编編辑輯主A-Za-z]")
# or a critic's 评人: a substring test each (not 评论's 评, nor an alternation in the scan)


def _credit_form(line: Line) -> str | None:
    """``line``'s text in the credit readers' form, or ``None`` when that is as written. A
    long line is prose (read only for the bracketed credit it opens with), but for a row
    of English credits."""
    text = line.text
    if not (_CREDIT_CHARS.search(text, 0, _READ_MAX) or "评人" in text or "評人" in text):
        return None
    if line.chars > thresholds.CREDIT_MAX:
        if text[:1] in _OPENING_BRACKETS:
            return _opening_credit(text)
        if line.chars > _READ_MAX or not text[:1].isascii():
            return None
    if _SPELLING_CHARS.search(text) or "评人" in text or "評人" in text:
        text = _LABEL_SPELLING.sub(lambda m: _SPELLED[m[0]], text)
    text = reading_form(text) or text
    # "撰文/海港医院心内科 林立文医师": the writers' workplaces and posts around their names
    text = unplaced(text) or text
    return text if text != line.text else None


_OPENING_BRACKETS = "〔［[【（("
# "〔記者陳大明／台中報導〕台中捷運…": a reporter's credit in brackets opening a paragraph.
_INSIDE = r"[^〔〕［］\[\]【】（）()]"
_OPENING_CREDIT = re.compile(
    r"^[〔［\[【（(](?P<inner>" + _INSIDE + r"{0,12}?[记記作]者" + _INSIDE + r"{2,24})[〕］\]】）)]"
)


def _opening_credit(text: str) -> str | None:
    """The bracketed credit a paragraph opens with, alone and in round brackets, as the
    credit readers read a bracketed credit on a line of its own, else ``None``."""
    match = _OPENING_CREDIT.match(text)
    return f"（{match['inner']}）" if match else None
