from __future__ import annotations

import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

from snapcrawl.dedup.normalize import _normalize_slow, body_hash, normalize_body, strip_credits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天，北京下雨。", "今天北京下雨"),
        ("今天, 北京 下雨!", "今天北京下雨"),
        ("ＡＢＣ１２３", "abc123"),
        ("第一段\n\n第二段\t 第三段　", "第一段第二段第三段"),
        ("“引号”『书名』《报刊》", "引号书名报刊"),
        ("雨量达到50mm，气温-3℃", "雨量达到50mm气温3c"),
        ("气温3°C，面积5㎡，第①项", "气温3c面积5m2第1项"),
        # credits that republishers add or change: removed
        ("北京电（记者 王小明 李华）今天下雨", "北京电今天下雨"),
        ("北京电(记者:王小明)今天下雨", "北京电今天下雨"),
        ("北京电【编辑：李四】今天下雨", "北京电今天下雨"),
        ("北京电（通讯员 赵五）今天下雨", "北京电今天下雨"),
        ("北京电（文／赵五）今天下雨", "北京电今天下雨"),
        ("今天下雨\n责任编辑：李四", "今天下雨"),
        ("今天下雨\n来源：晚报", "今天下雨"),
        # the same words that are not credits: kept
        ("记者王小明今天到了现场", "记者王小明今天到了现场"),
        ("他（一位老记者）笑了", "他一位老记者笑了"),
        ("编辑部的来源说明：无", "编辑部的来源说明无"),
        # traditional characters written as simplified; 於 and 著 are also simplified
        ("「國際新聞」教育部公佈於後", "国际新闻教育部公布於后"),
        ("著名的顯著變化", "著名的显著变化"),
        ("", ""),
    ],
)
def test_normalize_body(text: str, expected: str) -> None:
    assert normalize_body(text) == expected


@given(st.text(max_size=200))
def test_normalize_body_idempotent(text: str) -> None:
    once = normalize_body(text)
    assert normalize_body(once) == once


_TRICKY = st.sampled_from(
    list("ＡＢａｂ１２ßẞİΣς℃№①⑴½ﬁ㎡㈱가각ᄀ\u1161\u11a8é\u0301\u0308Åa_－—…·　\t\n")
    + list("國際後來於著豐\uf900\uf92c\uf9d1")  # traditional, and compatibility ideographs
)


@given(
    st.lists(st.one_of(st.characters(), _TRICKY, st.sampled_from(["今天", "北京"])), max_size=40)
)
def test_fast_path_agrees_with_the_definition(parts: list[str]) -> None:
    text = "".join(parts)
    assert normalize_body(text) == _normalize_slow(strip_credits(text))


@given(st.lists(st.one_of(_TRICKY, st.characters()), max_size=40))
def test_normalize_body_idempotent_on_tricky_text(parts: list[str]) -> None:
    once = normalize_body("".join(parts))
    assert normalize_body(once) == once


@given(st.text(alphabet="今天北京下雨，。！？ （）记者王\n", max_size=60))
def test_punctuation_and_space_never_matter(text: str) -> None:
    stripped = "".join(ch for ch in text if ch not in "，。！？ \n")
    assert normalize_body(text) == normalize_body(stripped) or "（" in text


def test_body_hash_is_signed_64_bit_and_stable() -> None:
    value = body_hash("今天北京下雨")
    assert -(2**63) <= value < 2**63
    assert value == body_hash("今天北京下雨")
    assert value != body_hash("今天上海下雨")


def test_doctests() -> None:
    import snapcrawl.dedup.normalize as module

    assert doctest.testmod(module).failed == 0
