"""Stories that came out wrong-sized (issue 14, session 40, h-ref3), found by running the
extractor on the webpage_archive pool (transTerminus/webpage_archive commit f987f5e, raw/):

- a schema.org record over the story, set as text (``<div itemprop="mainEntityOfPage">URL</div>``,
  the headline twice, the site's name, the description, three ISO dates, the logo's size),
  that the site hides by its stylesheet: its three bare dates one under the other were read
  as a series of dated entries (entries.py), so only the record's lines above them were kept
  (URL, headline, site, lead) and the story below was lost. Bare dates one under the other
  are no entries, and the record's lines are no story (microdata_records.py). Tested on a
  reduced copy (tests/fixtures/extract/real_ref3/sputnik_schema_record_over_story.html, from
  raw/unclassify_news/sputniknews_《黑客帝国》导演证实影片与跨性别者有关_-_俄罗斯卫星通讯社.html)
  and on a made-up page of another shape; a visible article marked up with microdata keeps
  its paragraphs, and a story that is one ``articleBody`` field stays.
"""

from __future__ import annotations

from pathlib import Path

from snapcrawl.extract import extract_article

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_ref3"
NAV = "".join(f"<li><a href='/c/{i}.html'>栏目{i}</a></li>" for i in range(12))
STORY = (
    "<p>本报讯 今年入冬以来，城北新区的老旧小区陆续完成了供暖管网改造，三千多户居民第一次"
    "在十一月中旬就用上了稳定的暖气。</p>"
    "<p>区住建局负责人介绍，改造共更换主干管道十二公里，新建换热站四座，工程从四月开工，"
    "赶在供暖季前全部完工。</p>"
    "<p>居民王女士说，以前家里要靠电暖器过冬，今年屋里温度一直在二十度上下，老人孩子都不"
    "再受冻了。</p>"
)


def _record_page(record_dates: str) -> str:
    """A news page whose schema.org record (a block of fields, set as text) stands over the
    story's headline, dated line and paragraphs."""
    return (
        "<html><head><meta charset='utf-8'><title>老旧小区完成供暖改造 - 北城日报</title></head>"
        f"<body><ul class='nav'>{NAV}</ul><main class='main'>"
        "<section itemscope itemtype='https://schema.org/NewsArticle' class='seo-data'>"
        "<span itemprop='url'>https://news.example.cn/2024/1120/88.html</span>"
        "<span itemprop='headline'>老旧小区完成供暖改造</span>"
        "<span itemprop='description'>今年入冬以来，城北新区的老旧小区陆续完成了供暖管网"
        "改造，三千多户居民用上了稳定的暖气。</span>"
        f"{record_dates}"
        "<div itemprop='publisher' itemscope itemtype='https://schema.org/Organization'>"
        "<span itemprop='name'>北城日报</span><span itemprop='telephone'>010-12345678</span>"
        "</div></section>"
        "<div class='story'><h1>老旧小区完成供暖改造</h1><p class='info'>2024年11月20日 09:15"
        f" 来源：北城日报</p>{STORY}</div></main>"
        "<div class='foot'>北城日报社 版权所有</div></body></html>"
    )


DATES = (
    "<p itemprop='datePublished'>2024-11-20T09:15:00+08:00</p>"
    "<p itemprop='dateCreated'>2024-11-20T09:15:00+08:00</p>"
    "<p itemprop='dateModified'>2024-11-21T10:02:00+08:00</p>"
)


def test_real_schema_record_over_story_gives_the_story() -> None:
    raw = (FIXTURES / "sputnik_schema_record_over_story.html").read_bytes()
    article = extract_article(raw, "https://sputniknews.cn/20200807/1031923892.html")
    body = "\n".join(article.paragraphs)
    assert article.title == "《黑客帝国》导演证实影片与跨性别者有关"
    assert "原为男性的沃卓斯基姐妹分别于2012年和2016年正式宣布变性" in body
    assert "《独立报》报道称，受新冠疫情影响，《黑客帝国》第四部宣布停拍" in body
    assert "https://" not in body
    assert "feedback.cn@sputniknews.com" not in body
    assert body.count("据《卫报》报道") == 1  # the record's description copy goes


def test_made_up_record_of_fields_over_story_goes() -> None:
    article = extract_article(
        _record_page(DATES).encode(), "https://news.example.cn/2024/1120/88.html"
    )
    body = "\n".join(article.paragraphs)
    assert article.paragraphs[0].startswith("本报讯 今年入冬以来")
    assert "区住建局负责人介绍" in body
    assert "老人孩子都不再受冻了" in body
    assert "https://news.example.cn" not in body
    assert "010-12345678" not in body


def test_visible_microdata_article_keeps_its_paragraphs() -> None:
    """An article marked up with microdata where readers see it: its paragraphs are no
    fields, so nothing of it goes."""
    page = (
        "<html><head><meta charset='utf-8'><title>老旧小区完成供暖改造 - 北城日报</title></head>"
        f"<body><ul class='nav'>{NAV}</ul>"
        "<article itemscope itemtype='https://schema.org/NewsArticle'>"
        "<h1 itemprop='headline'>老旧小区完成供暖改造</h1>"
        "<div class='info'><span itemprop='datePublished'>2024-11-20 09:15</span></div>"
        f"<div itemprop='articleBody'>{STORY}</div></article>"
        "<div class='foot'>北城日报社 版权所有</div></body></html>"
    )
    article = extract_article(page.encode(), "https://news.example.cn/2024/1120/88.html")
    body = "\n".join(article.paragraphs)
    assert "本报讯 今年入冬以来" in body
    assert "老人孩子都不再受冻了" in body


def test_story_in_one_article_body_field_stays() -> None:
    """A record whose one long field is the story itself (``articleBody``) is the story."""
    text = STORY.replace("<p>", "").replace("</p>", "")
    page = (
        "<html><head><meta charset='utf-8'><title>老旧小区完成供暖改造 - 北城日报</title></head>"
        f"<body><ul class='nav'>{NAV}</ul>"
        "<div itemscope itemtype='https://schema.org/NewsArticle'>"
        "<h1 itemprop='headline'>老旧小区完成供暖改造</h1>"
        "<div itemprop='datePublished'>2024-11-20 09:15</div>"
        f"<div itemprop='articleBody'>{text}</div></div>"
        "<p class='copy'>北城日报社 版权所有，未经授权不得转载本网站任何内容。</p></body></html>"
    )
    article = extract_article(page.encode(), "https://news.example.cn/2024/1120/88.html")
    assert "区住建局负责人介绍" in "\n".join(article.paragraphs)
