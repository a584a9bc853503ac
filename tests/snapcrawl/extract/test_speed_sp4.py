"""Speed rewrites of session 35 (h-sp4) give the same answers as the forms they replaced."""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract.chrome_vocab import PROMO_ACTION
from snapcrawl.extract.credit_names import clean_name
from snapcrawl.extract.dom import Line
from snapcrawl.extract.editor_credits import _EDITOR_WORDS, extract_editor
from snapcrawl.extract.thresholds import CREDIT_READ_MAX
from snapcrawl.extract.vocab import REPORT_WORDS

# The app-store branch as first written: a group opening the branch.
_GROUPED_STORE = re.compile(
    PROMO_ACTION.pattern.split("|商店")[0] + r"|(?:商店|市场|市場)\s*(?:里|裡|中)?\s*搜"
)


def test_promo_action_store_branches_match_as_the_grouped_form() -> None:
    lines = [
        "到各大手机市场 搜一下本台的名字",
        "去應用商店裡搜「晨光新聞」",
        "菜市场里搜罗来的小吃",
        "商店门口排起长队，市场监管部门到场",
        "关注我们",
        "本店商品均为正品",
        "",
    ]
    for text in lines:
        new, old = PROMO_ACTION.search(text), _GROUPED_STORE.search(text)
        assert (new and new.span()) == (old and old.span()), text


# -- extract_editor: the lines holding an editor word, found once for all six patterns --


def _lines(texts: list[str]) -> list[Line]:
    return [
        Line(text=t, owner=etree.Element("p"), index=i, chars=len(t)) for i, t in enumerate(texts)
    ]


def _editor_ungated(lines: list[Line]) -> str | None:
    """The loop as it was: every line asked for each pattern's words."""
    from snapcrawl.extract.editor_credits import cites_work

    for words, pattern in _EDITOR_WORDS:
        for line in lines:
            if line.chars > CREDIT_READ_MAX or not any(word in line.text for word in words):
                continue
            if line.text.rstrip(" \u3000）)").endswith(REPORT_WORDS):
                continue
            for match in pattern.finditer(line.text):
                if name := clean_name(match["value"], allow_staff=True):
                    if cites_work(line.text):
                        break
                    return name
    return None


def test_editor_gate_agrees_with_every_line_asked() -> None:
    pages = [
        ["正文第一句。", "（編輯：林巧文）"],
        ["选稿：周一鸣", "校对 王五"],
        ["（譯者：陈思/核稿：赵立）"],
        ["新媒体编辑｜何青", "正文"],
        ["【编】：孙楠"],
        ["編輯 李雲 報導"],
        ["《远山》　作者：甲乙　编辑：丙丁"],
        ["正文没有署名。", "图片来源：网络"],
        ["责任编辑人：郑好", "编辑：别人"],
        ["x" * (CREDIT_READ_MAX + 5) + "编辑：长行"],
    ]
    for texts in pages:
        lines = _lines(texts)
        assert extract_editor(lines, by_form=False) == _editor_ungated(lines), texts
