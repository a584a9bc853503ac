"""Hostile input: anything may come in; only NotAnArticle may go out, and the body only
ever holds text the page shows."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from snapcrawl.extract import NotAnArticle, classify_page, extract_article
from snapcrawl.extract.page import read_page
from snapcrawl.extract.text import normalize_text

CHARS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工"
    "abcXYZ019 ，。！？：、“”·\n\t\u3000\u200b\x01<>&;#/="
)
WORDS = st.sampled_from(
    [
        "&amp;",
        "&nbsp;",
        "&#20320;",
        "&lt;p&gt;",
        "本站",
        "快照生成时间：2025-02-13 20:45:02",
        "2025年2月13日",
        "来源：",
        "<!--",
        "-->",
        "]]>",
        "&#0",
        "&#0;",
        "&#xD800;",
        "\x00",
    ]
)
TAGS = [
    "p",
    "div",
    "span",
    "a",
    "font",
    "table",
    "tr",
    "td",
    "h1",
    "h2",
    "li",
    "ul",
    "b",
    "script",
    "style",
    "br",
    "form",
    "head",
    "title",
]

text = st.lists(st.one_of(st.text(alphabet=CHARS, max_size=40), WORDS), max_size=6).map("".join)
element = st.recursive(
    text,
    lambda inner: st.tuples(st.sampled_from(TAGS), st.lists(inner, max_size=5), st.booleans()).map(
        lambda t: f"<{t[0]}{' class=nav' if t[2] else ''}>{''.join(t[1])}</{t[0]}>"
    ),
    max_leaves=30,
)


def _flat(value: str) -> str:
    return "".join(normalize_text(value).split())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(element, st.binary(max_size=200), text))
def test_only_not_an_article_escapes_and_body_is_page_text(page):
    try:
        article = extract_article(page, "http://fuzz.example.com/a.html")
    except NotAnArticle:
        return
    visible = _flat("".join(read_page(page).root.itertext()))
    for paragraph in article.paragraphs:
        assert _flat(paragraph) in visible
    assert classify_page(page) in ("article", "list", "other")
