"""Shapes seen on real saved mainland pages (issue 14, set R9: pages from public
repositories), reduced to their form with made-up places and wordings other than the set
pages':

- a side card whose script fills in the posting account, saved before it ran: the follow
  button ("+ 关注") stands beside the card's loading placeholder ("正在加载", "加载中…"),
  which is the page's UI, not the account that wrote the story.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article

from .conftest import WHARF_STORY, feed_page
from .conftest import WHARF_URL as URL


def _card(placeholder: str) -> str:
    return (
        "<div class='side'><div class='author-box'>"
        f"<div class='loading'>{placeholder}</div><a class='follow'>+ 关注</a>"
        "</div></div>"
    )


@pytest.mark.parametrize("placeholder", ["正在加载", "加载中…"])
def test_loading_placeholder_beside_follow_button_is_no_author(placeholder: str) -> None:
    article = extract_article(feed_page(after=_card(placeholder)), URL)
    assert article.author != placeholder
    assert article.author is None
    assert article.paragraphs[0] == WHARF_STORY[0]


def test_account_name_beside_follow_button_still_read() -> None:
    # the card filled in: the account beside the button is still the self-media author
    article = extract_article(feed_page(after=_card("河畔漫游记")), URL)
    assert article.author == "河畔漫游记"
