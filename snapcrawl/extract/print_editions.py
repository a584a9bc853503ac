"""Where the story ran in print: lines a paper's site adds under its web copy.

A paper's site closes the web copy with the printed edition it ran in ("《X报》 (2023-04-07
第1版 要闻)") or sends the reader to it ("完整报道，请翻阅2017年7月18日的《X报》。"). Neither
is the story's text: the first is the edition's stamp (the paper, the date, the page), the
second a pointer to the paper. Both are short, name a paper in 《》, and say where in print.
"""

from __future__ import annotations

import re

from snapcrawl.extract.chrome_vocab import EPAPER_PAGE

MAX_CHARS = 50
_DATE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
# "《X报》 (2023-04-07 第1版 要闻)", "《X报》（2024年3月5日 第05版）"
_STAMP = re.compile(
    rf"^《[^《》]{{2,16}}》\s*[（(]?\s*{_DATE}\s*(?:{EPAPER_PAGE})\s*[^\s（）()]{{0,8}}\s*[)）]?$"
)
# "完整报道，请翻阅2017年7月18日的《X报》。", "详见本月出版的《X周刊》"
_POINTER = re.compile(
    r"^(?:[^，,。]{0,8}[，,]\s*)?(?:完整报道|全文|详情|更多内容)?(?:请|敬请)?(?:翻阅|参阅|查阅|详见)"
    r"\s*[^《》。]{0,20}"
    r"《[^《》]{2,16}(?:报|報|刊|志|誌)》[^，,。]{0,6}[。.]?$"
)


def is_print_edition(text: str) -> bool:
    """Whether ``text`` is the printed edition's stamp or a pointer to it (see the module)."""
    if len(text) > MAX_CHARS or "《" not in text:
        return False
    if "版" in text and _STAMP.match(text):
        return True
    return ("阅" in text or "详见" in text) and _POINTER.match(text) is not None
