"""One traditional-to-simplified reading for every reader (``snapcrawl.extract.simplified``):
the pairs are OpenCC's, the gate finds exactly what the table changes, and a traditional
line is read whole by a reader that once knew only some of its characters."""

from __future__ import annotations

import pytest

from snapcrawl.dedup.traditional import simplified_of
from snapcrawl.extract import extract_article
from snapcrawl.extract.noise import is_list_heading
from snapcrawl.extract.simplified import SIMPLIFIED, TRADITIONAL_CHARS, read_simplified

from .conftest import KITCHEN_STORY, KITCHEN_TITLE, framed_page

# Simplified text writes these too, so OpenCC leaves them; the readers need them read.
_ALSO_SIMPLIFIED = {"覆", "於"}


def test_every_pair_is_openccs_reading_but_the_two_simplified_text_also_writes() -> None:
    opencc = simplified_of()
    differ = {chr(k) for k, v in SIMPLIFIED.items() if opencc.get(k) != v}
    assert differ == _ALSO_SIMPLIFIED
    assert all(k != v for k, v in SIMPLIFIED.items())


def test_the_gate_finds_exactly_what_the_table_changes() -> None:
    for key in SIMPLIFIED:
        assert TRADITIONAL_CHARS.search(chr(key))
    lines = ("責任編輯：陳立", "相關新聞", "記者 王芳", "本站版權所有", "编辑：李四", "Editor", "")
    for line in lines:
        assert bool(TRADITIONAL_CHARS.search(line)) == (line.translate(SIMPLIFIED) != line)


def test_a_line_with_nothing_to_read_is_handed_back_as_it_is() -> None:
    line = "市民可将申报材料发送至区建设部门。"
    assert read_simplified(line) is line
    assert read_simplified("點擊查看相關報導") == "点击查看相关报导"


@pytest.mark.parametrize("label", ["監製", "統籌", "設計", "總編輯", "見習記者", "簽發"])
def test_a_traditional_label_alone_over_a_name_leaves_the_body(label: str) -> None:
    """The credit-pair reader once knew 編輯記責 but not 監, 統籌, 設計, 總, 見 or 簽: such a
    label alone over a name after the story stayed in the body as two lines."""
    story = "".join(f"<p>{p}</p>" for p in KITCHEN_STORY)
    page = framed_page(
        KITCHEN_TITLE, f"{story}<p>{label}</p><p>陳志明</p>", meta="2024-08-06 09:40"
    )
    assert extract_article(page, "https://news.example.tw/a/1.html").paragraphs == tuple(
        KITCHEN_STORY
    )


@pytest.mark.parametrize("heading", ["熱門推薦", "相關閱讀", "延伸閱讀"])
def test_a_traditional_list_heading_is_read_as_one(heading: str) -> None:
    assert is_list_heading(heading)
