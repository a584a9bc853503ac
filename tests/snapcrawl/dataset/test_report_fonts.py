from __future__ import annotations

import warnings
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pytest
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from snapcrawl.dataset import report_charts
from snapcrawl.dataset.report_fonts import (
    CJK_SAMPLE,
    REPLACEMENT,
    CjkFont,
    MissingCjkFontError,
    find_cjk_font,
)


@pytest.fixture(scope="module")
def font() -> CjkFont:
    return find_cjk_font()


def render(font: CjkFont, text: str) -> np.ndarray:
    """``text`` drawn the way the report draws every label: grey levels of the canvas."""

    def build(figure: Figure) -> None:
        figure.text(0.5, 0.5, text, fontsize=48, ha="center", va="center")

    figure = report_charts.draw(font, build, height=1.2)
    canvas = FigureCanvasAgg(figure)
    with mpl.rc_context(font.rc_params()):
        canvas.draw()
    return np.asarray(canvas.buffer_rgba())[..., :3].mean(axis=2)


def test_the_shipped_simplified_chinese_font_is_used(font):
    assert font.path.name == "NotoSansSC-Regular.otf"
    assert "pylopdf_fonts_zh_cn" in font.path.parts
    assert font.family == "Noto Sans SC"


def test_the_japanese_font_is_only_the_fallback(font):
    japanese = find_cjk_font(packaged_sc=(), system_sc_families=())
    assert japanese.family == "Noto Sans CJK JP"
    # 骨 and 直 are drawn differently in Japanese and Simplified Chinese: the SC font's forms
    for char in "骨直":
        assert (np.abs(render(font, char) - render(japanese, char)) > 64).sum() > 50


def test_matplotlib_resolves_the_family_to_that_file(font):
    resolved = font_manager.findfont(
        font_manager.FontProperties(family=font.family), fallback_to_default=False
    )
    assert resolved == str(font.path)
    assert font.rc_params()["font.family"][0] == font.family


def test_the_font_draws_chinese(font):
    assert all(ord(ch) in font.codepoints for ch in CJK_SAMPLE + "快照新闻报道")


def test_two_characters_are_two_glyphs_not_the_notdef_box(font):
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message="Glyph .* missing")
        zhong, guo = render(font, "中"), render(font, "国")
    for image in (zhong, guo):
        assert image.min() < 128  # ink on the page
    assert (np.abs(zhong - guo) > 64).sum() > 100  # different shapes


def test_without_the_cjk_font_matplotlib_draws_boxes(font):
    """The check above would catch boxes: DejaVu Sans draws both as the same .notdef."""
    dejavu = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"))
    plain = CjkFont(Path(dejavu), "DejaVu Sans", frozenset())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        zhong, guo = render(plain, "中"), render(plain, "国")
    assert (np.abs(zhong - guo) > 64).sum() == 0


def test_no_cjk_font_is_a_clear_error():
    with pytest.raises(MissingCjkFontError, match=r"no CJK-capable font .*pylopdf-fonts-zh-cn"):
        find_cjk_font(packaged=(), system_families=(), packaged_sc=(), system_sc_families=())


def test_a_package_without_the_font_is_skipped(font):
    found = find_cjk_font(packaged_sc=(("no_such_package_xyz", "f.otf"), ("json", "f.otf")))
    # fell through to the fonts matplotlib knows, where the shipped one is now registered
    assert (found.path, found.family) == (font.path, font.family)


def test_characters_no_font_has_become_question_marks(font):
    assert font.drawable("新闻 news ½") == "新闻 news ½"
    assert font.drawable("快照\U0010fffd") == "快照" + REPLACEMENT
