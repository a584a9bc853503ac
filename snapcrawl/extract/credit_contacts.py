"""A credited person's address: "联系作者：x@example.cn", "记者邮箱 x@example.cn".

A page may close its story with how to reach its writer: a label naming the writer, the
reporter or the editor and only an e-mail address or a telephone number after it. It is
the credit's, not the story's; a line giving an office's number in a notice ("咨询电话：
…") names no credited person and is left to the story.
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_rows import OPEN
from snapcrawl.extract.vocab import EMAIL

_WHO = r"(?:作者|记者|記者|编辑|編輯|撰稿人?|通讯员|通訊員)"
_LABEL = (
    r"(?:联系|聯繫|聯絡)"
    + _WHO
    + r"|"
    + _WHO
    + r"(?:的)?(?:邮箱|郵箱|电邮|電郵|电话|電話|信箱|联系方式|聯繫方式)"
)
_PHONE = r"\+?[\d-]{7,16}\d"
_VALUE = rf"(?:{EMAIL}|{_PHONE})"
_CONTACT = re.compile(
    OPEN
    + rf"(?:{_LABEL})\s*(?:[:：︰|｜丨]\s*|\s+)?{_VALUE}(?:\s*[、,，;；/]\s*{_VALUE})*[\s)）\]】]*$"
)
_CONTACT_MAX = 80


def contact_line(text: str) -> bool:
    """Whether ``text`` is only a credited person's e-mail address or telephone number."""
    if len(text) > _CONTACT_MAX or not ("@" in text or "电话" in text or "電話" in text):
        return False
    return _CONTACT.match(text) is not None
