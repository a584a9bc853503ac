"""Shapes seen on real saved pages of Hong Kong and Taiwan (issue 14, set R11: pages from
public repositories), reduced to their form with made-up bureaux, places and wordings other
than the set pages':

- a government statement dated in Han numerals on its own line under the heading
  ("二〇二三年十一月十四日（星期二）"), sometimes spaced out character by character by a
  script converter: the statement's publication date, and a stamp, not its first paragraph;
- a photograph's caption that ends in a bracketed picture tag ("（示意圖）", "（檔案照片）",
  "（圖／X提供）"): the caption stays, the tag is the picture's, not the story's.
"""

from __future__ import annotations

from datetime import date

import pytest

from snapcrawl.extract import extract_article

URL = "https://www.example.gov.hk/sc/speech/20231114.htm"
STATEMENT = [
    "以下为环境事务局局长今日（星期二）下午在区议会交通委员会会议后会见传媒的谈话内容：",
    "记者：局方会否考虑延长新界东北单车径的开放时间？",
    "局长：我们一直留意市民使用单车径的情况，下个月会联同运输署检讨现行安排，"
    "并会在年底前向委员会汇报结果，希望在安全和方便之间取得平衡。",
    "记者：有居民反映沿线照明不足，局方有何回应？",
    "局长：我们已安排工程人员在本周内巡查有关路段，如有需要会增设照明装置，"
    "并会在工程期间张贴告示，让使用者预早知道临时改道的安排。",
]


def _statement_page(dateline: str, paragraphs: list[str] = STATEMENT) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><title>环境事务局局长会见传媒谈话全文</title></head><body>"
        "<div class='nav'><a href='/'>主页</a> <a href='/sc/speech/'>演辞及谈话</a></div>"
        "<div id='content'><h2>环境事务局局长会见传媒谈话全文</h2>"
        f"<p>{dateline}</p>{text}</div>"
        "<div class='footer'>2023 | 重要告示 | 私隐政策</div></body></html>"
    )


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("二〇二三年十一月十四日（星期二）", date(2023, 11, 14)),
        ("二零一九年五月二十日", date(2019, 5, 20)),
        ("二 ○ 一 七 年 十 二 月 三 十 一 日 （星 期 日）", date(2017, 12, 31)),
    ],
)
def test_han_numeral_dateline_is_the_publication_date_and_no_paragraph(
    dateline: str, day: date
) -> None:
    article = extract_article(_statement_page(dateline), URL.replace("20231114", "speech"))
    assert article.published_at is not None
    assert article.published_at.date() == day
    assert article.paragraphs[0] == STATEMENT[0]
    assert not any(
        "年" in p and p.endswith(("日", "）")) and len(p) < 30 for p in article.body.split("\n")
    )


def test_han_date_inside_a_sentence_stays_in_the_story() -> None:
    said = "局长表示，有关条例草案已于二〇二三年十月四日刊宪，并会在下月提交立法会审议。"
    article = extract_article(_statement_page("二〇二三年十一月十四日", [said, *STATEMENT]), URL)
    assert said in article.paragraphs


def test_han_dates_reader() -> None:
    from snapcrawl.extract.han_dates import han_date_only, han_dates

    assert [d.value.date() for d in han_dates("一九九九年十月一日（星期五）")] == [
        date(1999, 10, 1)
    ]
    assert han_dates("二〇二三年二月三十日") == []  # no such day
    assert han_date_only("二〇二三年二月十日 （星期五）")
    assert not han_date_only("会议于二〇二三年二月十日举行")
    assert han_dates("去年十月一日") == []  # no year written


STORY = [
    "〔記者林曉薇／新竹報導〕新竹縣政府今天宣布，縣內三處公有停車場將在下月起改採車牌辨識收費，"
    "民眾離場時不必再排隊繳費，可透過行動支付或超商代收完成付款。",
    "縣府交通處指出，新制上路後首月將提供半價優惠，並在現場安排志工協助年長者操作繳費機，"
    "希望降低民眾適應新制度的門檻。",
    "交通處也提醒，停車逾時未繳費者，將依規定寄發催繳通知，逾期仍未繳納者將移送強制執行。",
]


def _pictured_page(caption: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>公有停車場改採車牌辨識 - 示例財經</title></head><body>"
        "<div class='whitecon'><h1>公有停車場改採車牌辨識</h1>"
        "<div class='text'><span class='time'>2021-06-03 09:12</span>"
        "<p><span class='ph_b'><span class='ph_i'><img src='/p/1.jpg'></span>"
        f"<span class='ph_d'>{caption}</span></span></p>{text}</div>"
        "<div class='related'>相關新聞</div></div></body></html>"
    )


@pytest.mark.parametrize(
    "tag", ["（示意圖）", "（檔案照片）", "（圖／新竹縣政府提供）", "（翻攝自縣府網站）"]
)
def test_caption_picture_tag_goes_caption_stays(tag: str) -> None:
    caption = "縣內公有停車場將改採車牌辨識收費。"
    article = extract_article(_pictured_page(caption + tag), "https://ec.example.tw/a/1")
    assert tag not in article.body
    assert STORY[0] in article.paragraphs
    assert STORY[-1] in article.paragraphs


def test_bracket_closing_a_story_paragraph_without_picture_stays() -> None:
    said = "縣長強調，新制是為了減少排隊車潮，路線如下（圖／縣府交通處提供）"
    page = _pictured_page("停車場入口。").replace(f"<p>{STORY[1]}</p>", f"<p>{said}</p>")
    article = extract_article(page, "https://ec.example.tw/a/2")
    assert said in article.paragraphs
