"""The outlet's call for tips and stories: "新闻线索、投稿邮箱：x@example.com　热线：0571-…".

A local outlet closes its stories with where to send it news: labels of a submission
(线索, 投稿, 报料, 爆料, 来稿) and only contact values after them, an e-mail address, a
telephone number, a WeChat or QQ id. It is the host's, not the story's. A notice's own
"咨询电话：…" names no submission and is left to the story, as is any line with a clause
in it: every field here is a label and a contact.
"""

from __future__ import annotations

import re

from snapcrawl.extract.vocab import BYLINE_MARKS, EMAIL

_SUBMIT = re.compile(r"线索|投稿|来稿|报料|爆料|征稿|供稿|線索|來稿|報料|徵稿")
_PHONE = r"\+?\d[\d\s()（）-]{5,18}\d(?:\s*(?:转|轉)\s*\d{1,6})?"
_HANDLE = r"[A-Za-z][\w-]{4,30}"  # a WeChat or QQ id
_VALUE = rf"(?:{EMAIL}|{_PHONE}|{_HANDLE})"
_LABEL = r"[\u4e00-\u9fff、/／·\sA-Za-z]{1,14}?"
_FIELD = rf"{_LABEL}\s*[:：︰﹕]\s*{_VALUE}(?:\s*[、,，;；/／]\s*{_VALUE})*"
# a mark may open the line as it opens a byline ("■报料热线：…")
_TIP_LINE = re.compile(
    rf"^[\s【\[（({BYLINE_MARKS}]*{_FIELD}(?:[\s,，;；。]*{_FIELD})*[\s)）\]】。]*$"
)
_TIP_MAX = 100
# A column's standing call for contributions ("本栏目长期接受投稿，题材不限…", "欢迎来稿"):
# the host asking its reader to write for it. Told only over the submission address it
# announces (edges.apply_notices), where a story's "他向杂志投稿" never stands.
_CALL = re.compile(r"(?:接受|欢迎|期待)(?:读者|各界|广大)?(?:投稿|来稿)|征稿")
_CALL_MAX = 120


def is_tip_line(text: str) -> bool:
    """Whether ``text`` is only the outlet's submission contacts (see the module's doc)."""
    if len(text) > _TIP_MAX or not _SUBMIT.search(text):
        return False
    return _TIP_LINE.match(text) is not None


def calls_for_submissions(text: str) -> bool:
    """Whether ``text`` is a column's call for contributions (see ``_CALL``)."""
    return len(text) <= _CALL_MAX and ("稿" in text) and _CALL.search(text) is not None
