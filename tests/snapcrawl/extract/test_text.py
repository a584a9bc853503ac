from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from snapcrawl.extract.text import normalize_text, punctuation_count, visible_len


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u3000\u3000第一段内容", "第一段内容"),
        ("a\u200bb\ufeffc", "abc"),
        ("x\x00y\x07z", "xyz"),
        ("一\xa0\xa0二 \t\n三", "一 二 三"),
        ("价格&nbsp;100&amp;元", "价格 100&元"),
        ("全角ＡＢＣ１２３", "全角ＡＢＣ１２３"),
    ],
)
def test_normalize(raw, expected):
    assert normalize_text(raw) == expected


def test_nfkc_on_request():
    assert normalize_text("全角ＡＢＣ１２３", nfkc=True) == "全角ABC123"


def test_counts():
    assert visible_len("a b\u3000c") == 3
    assert punctuation_count("你好，世界。ok!") == 3


@given(st.text())
def test_normalize_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
