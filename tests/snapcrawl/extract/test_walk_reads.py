"""The walks read the tree in bulk where that is cheaper; each bulk read must give what the
element-by-element read gave."""

from __future__ import annotations

import html
import random
import re

import pytest
from lxml import etree

from snapcrawl.extract.furniture import _sentences
from snapcrawl.extract.text import (
    _CARE_CHARS,
    _NEEDS_CARE,
    PUNCTUATION,
    clean_fragment,
    normalize_counted,
    normalize_punctuated,
    punctuation_count,
)
from snapcrawl.extract.vocab import SENTENCE_END_MARKS

MARKUP = [
    "<div style='display:none'>甲。<p>乙！<b>丙</b>？</p>尾。<span>丁&amp;nbsp;。</span></div>后。",
    "<div hidden><ul><li>一。</li><li>二。<br>三！</li></ul>&#x3002;&lt;x&gt;</div>",
    "<div>a. b! <i>c?</i><!-- 注释。 -->d。</div>",
]


@pytest.mark.parametrize("markup", MARKUP)
def test_sentences_read_the_text_itertext_gives(markup: str) -> None:
    root = etree.fromstring(f"<html><body>{markup}</body></html>", etree.HTMLParser())
    for el in root.iter("div"):
        text = "".join(el.itertext())
        assert _sentences(el) == sum(map(text.count, SENTENCE_END_MARKS))


def _slow_normalize(text: str) -> tuple[str, int]:
    """Every step of ``normalize_counted``, each taken whether needed or not."""
    text = clean_fragment(text)
    text = re.sub(
        r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8}\d{0,2});",
        lambda m: html.unescape(m.group(0)),
        text,
    )
    text = re.sub(r"[^\S\u3000]+", " ", text).strip(" \u3000")
    return text, len(text) - text.count(" ") - text.count("\u3000")


def test_normalize_fast_path_matches_the_full_cleaning() -> None:
    rng = random.Random(3)
    alphabet = [
        *"ab 中文，。\n\t\u3000\u00a0\u200b\x1c\ufeff\x85",
        "&amp;",
        "&nbsp;",
        "&#20320;",
        "&#12288;",
    ]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert normalize_counted(text) == _slow_normalize(text), repr(text)


def test_normalize_punctuated_is_normalize_then_count() -> None:
    """The one-scan read gives the line and the punctuation count the two calls give, with
    and without something to clean (an entity may even spell punctuation: &#12290; is 。)."""
    rng = random.Random(5)
    alphabet = [
        *"ab 中文，。！?:（）…\n\t\u3000\u00a0\u200b\x1c\ufeff\x85\xad",
        "&amp;",
        "&nbsp;",
        "&#12290;",
        "&#65292;",
        "&#12288;",
    ]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        line, chars = normalize_counted(text)
        assert normalize_punctuated(text) == (line, chars, punctuation_count(line)), repr(text)


def test_care_characters_are_the_care_class_and_no_punctuation() -> None:
    care = {chr(c) for c in range(0x10000) if _NEEDS_CARE.match(chr(c))}
    assert care == _CARE_CHARS
    assert not care & PUNCTUATION
