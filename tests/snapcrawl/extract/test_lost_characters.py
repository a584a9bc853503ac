"""Lost characters (U+FFFD) are dropped when they are a few runs, and a page of them is
refused with the count: a lost emoji must not cost a short story."""

from __future__ import annotations

import pytest

from snapcrawl.extract import NotAnArticle, extract_article


def _story_page(body: bytes) -> bytes:
    return (
        b'<html><head><meta charset="utf-8"><title>t</title></head><body><h1>'
        + "夜市".encode()
        + b"</h1><div>"
        + body
        + b"</div></body></html>"
    )


def test_a_short_utf8_story_with_one_lost_emoji_is_kept_without_it() -> None:
    # A converter that could not map an emoji wrote U+FFFD for each of its bytes: valid
    # UTF-8, one run, several percent of a short story.
    story = "周末的夜市人气很旺\ufffd\ufffd\ufffd\ufffd摊主们忙着招呼客人，小吃摊前排起了长队。"
    more = "社区志愿者在入口处维持秩序，提醒大家看管好随身物品。"
    page = _story_page(f"<p>{story}</p><p>{more}</p>".encode())
    article = extract_article(page)
    assert "\ufffd" not in article.body
    assert "周末的夜市人气很旺摊主们忙着招呼客人" in article.body


def test_a_page_of_scattered_lost_characters_is_refused_with_the_count() -> None:
    sentence = "记者从市交通运输局获悉本市今年将新开通公交线路十二条"
    garbled = "".join(ch + ("\ufffd" if i % 3 == 0 else "") for i, ch in enumerate(sentence * 8))
    with pytest.raises(NotAnArticle) as verdict:
        extract_article(_story_page(f"<p>{garbled}</p>".encode()))
    assert verdict.value.reason == "undecodable"
    assert "runs" in verdict.value.detail


# Found by test_fuzz: "&#0" inside a paragraph. The parser read it as U+FFFD, which the body
# then dropped as a lost character while the page's text kept it, so the body held text
# ("…时刻。中国…") the page never shows; many of them would even refuse the page.
@pytest.mark.parametrize(
    "void", ["&#0", "&#0;", "&#x0;", "&#00000;", "&#xD800;", "&#55296;", "&#1114112;"]
)
def test_a_reference_to_no_character_is_nothing_not_a_lost_character(void: str) -> None:
    from snapcrawl.extract.page import read_page

    first = "周末的夜市人气很旺，摊主们忙着招呼客人，小吃摊前排起了长队。"
    second = "社区志愿者在入口处维持秩序，提醒大家看管好随身物品。"
    page = _story_page(f"<p>{first}{void}{second}</p><p>{second}</p>".encode())
    shown = "".join(read_page(page).root.itertext())
    assert "\ufffd" not in shown
    assert first + second in shown
    assert first + second in extract_article(page).body


def test_many_nul_references_do_not_refuse_a_page_as_undecodable() -> None:
    sentence = "记者从市交通运输局获悉，本市今年将新开通公交线路十二条。"
    page = _story_page(f"<p>{'&#0;'.join(sentence * 4)}</p>".encode())
    assert sentence in extract_article(page).body


def test_references_that_look_alike_but_name_characters_are_kept() -> None:
    story = "记者从市交通运输局获悉&#012;本市今年将新开通公交线路&#20320;&#x4E2D;。"
    more = "社区志愿者在入口处维持秩序，提醒大家看管好随身物品。" * 2
    page = _story_page(f"<p>{story}</p><p>{more}</p>".encode())
    assert "本市今年将新开通公交线路你中" in extract_article(page).body
