"""Chrome left in the body on an unseen set of modern news layouts (issue 14, set X), reduced
to their shape with made-up text:

- a picture credit labelled "资料图：" / "资料图片：" / "资料照片：" (a file photo's source);
- an app's meta line above the story with no labels: the outlet glued to the time, where
  the post was sent from ("发布于 X"), the reporter ("记者 X") and a read counter;
- (the print edition a story ran in, "《X报》（2024年11月18日 08版）", stays: real pages'
  hand-marked gold keeps it);
- a Hong Kong page's app promo in traditional characters ("下載「X」App：…") and an app's
  bracketed name followed by its slogan ("【X新聞App】即時新聞 第一時間掌握").
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import is_promo, line_kind
from snapcrawl.extract.noise import dated_outlet, is_meta_line

from .conftest import KITCHEN_STORY as STORY


def _page(head_lines: list[str], tail_lines: list[str], title: str = "河畔社区开起共享厨房") -> str:
    body = "".join(f"<p>{x}</p>" for x in [*head_lines, *STORY, *tail_lines])
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/city'>城事</a></div>"
        f"<div class='detail'><div class='detail-title'>{title}</div>{body}</div>"
        "<div class='footer'>示例报业 版权所有</div></body></html>"
    )


@pytest.mark.parametrize("line", ["资料图：图/示例图库", "资料图片：示例社", "资料照片：河畔日报"])
def test_file_photo_credit_is_a_picture_credit(line: str) -> None:
    assert line_kind(line) == "picture_credit"
    article = extract_article(_page([line], []), "https://news.example.com/a/1.html")
    assert line not in article.paragraphs
    assert article.paragraphs == tuple(STORY)


@pytest.mark.parametrize(
    "line",
    ["资料图片显示，去年该区新增养老床位三百张。", "资料图：2023年12月，市民在河畔公园赏雪。"],
)
def test_sentences_about_file_photos_stay(line: str) -> None:
    assert line_kind(line) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("河畔晨报2024-12-14 11:26:08发布于 四川", "河畔晨报"),
        ("河畔日报 记者 林一 2024-12-10 06:30 阅读量 2.6万", "河畔日报"),
        ("河畔日报 2024-12-10 06:30 IP属地 广东", "河畔日报"),
    ],
)
def test_app_meta_line_without_labels(line: str, outlet: str) -> None:
    assert dated_outlet(line) == outlet
    assert is_meta_line(line)
    article = extract_article(_page([line], []), "https://news.example.com/a/2.html")
    assert article.paragraphs == tuple(STORY)


def test_a_dated_sentence_naming_a_reporter_is_no_meta_line() -> None:
    assert dated_outlet("2024年12月10日，记者 林一 在现场看到，河边已经结冰。") is None
    assert dated_outlet("2024-12-10 记者 林一") is None  # no outlet named


def test_print_edition_stamp_stays() -> None:
    """The print edition a story ran in ("《X报》（2024年11月18日 08版）") is body text in the
    hand-marked gold of real pages (magichtml_zh), so it is not dropped as a credit."""
    line = "《河畔日报》（2024年11月18日 08版）"
    assert line_kind(line) is None
    article = extract_article(_page([], [line]), "https://news.example.com/a/3.html")
    assert article.paragraphs[-1] == line


@pytest.mark.parametrize(
    "line",
    [
        "下載「河畔01」App：https://example.onelink.me/abc",
        "【河畔新聞App】即時新聞、深度專題 第一時間掌握",
        "【河畔新闻客户端】更多精彩 尽在掌握",
    ],
)
def test_app_promos_including_traditional_forms(line: str) -> None:
    assert is_promo(line)
    article = extract_article(_page([], [line]), "https://news.example.com/a/4.html")
    assert article.paragraphs == tuple(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "【河畔新闻客户端】记者获悉，河畔区共享厨房将于明年扩展到三个社区。",
        "【河畔新闻客户端】",
        "市民可下載「河畔通」App辦理預約。",
    ],
)
def test_desk_datelines_and_sentences_about_apps_are_no_promo(line: str) -> None:
    assert not is_promo(line)
