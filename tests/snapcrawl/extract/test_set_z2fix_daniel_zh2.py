"""Real stories of the DAnIEL set daniel_zh2 refused as list pages (issue 14, session 38,
h-z2fix). The pages are in rundimeco/waddle commit be875ce12ad9e23ef68ef7f3b0605db6d06bcdb1,
corpora/Corpus_daniel_v2.1/html/ (GPL-3.0); the fixtures are reduced copies
(tests/fixtures/extract/daniel_zh2/, README there):

- a commentary whose whole text sits in a box the site named "link" (furniture), under a
  headline set in a styled ``<div>`` and its dated line, with a long link column beside it:
  nothing was kept, and the rescue of a story in furniture (furniture_story) looks for the
  page's headline over the box, but a bare headline had to be 16 characters long and this
  one has 14. A bare line the ``<title>`` opens on, whole up to its separator
  ("…焦虑症”-茅台酒,…"), is the headline however short (8 characters or more);
- a short story (five lines) under its ``<h1>`` and its provider's line, dated only by its
  age ("星島日報 – 3小時前"), beside a box of the most read stories with teasers that
  outweighs it: the box was chosen and the page judged a list. headline_caption reads the
  lines right under a dated headline; a line ending in the story's age is dated too;
- a video page whose transcript stands inside its one link to the text version, the
  paragraphs broken by ``<br>``: all of it was link text. A link to a page that holds many
  sentences over several ``<br>``-broken lines wraps a story, not a card (walk).

Each has a made-up page in other words, and a list page of the same shape that stays refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import NotAnArticle, classify_page, extract_article

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "daniel_zh2"
SIDE = "".join(f"<li><a href='/n/{i}.html'>本地新闻标题第{i}条消息</a></li>" for i in range(70))
STORY = (
    "湖滨讯 今年以来，全市新开通十二条社区巴士线路，把三十多个老旧小区和最近的地铁站连了"
    "起来。交通部门说，线路按居民的出行问卷设计，每条都不超过八公里。",
    "不少老人说，以前去地铁站要走二十多分钟，现在下楼就能坐车，五分钟就到。也有居民建议，"
    "早高峰的班次还应当再加密一些，避免上班族排长队。",
    "交通部门回应，将根据刷卡数据调整班次，并计划年底前把社区巴士扩展到二十条线路，同时在"
    "站点增设电子站牌，方便乘客查看车辆到站时间。",
)


def _refused(html: str | bytes) -> str:
    with pytest.raises(NotAnArticle) as caught:
        extract_article(html, None)
    return caught.value.reason


# --- a story in a box named "link", under a short bare headline ---------------------------


def test_a_commentary_in_a_box_named_link_under_a_short_headline_is_read() -> None:
    raw = (FIXTURES / "enorth_story_in_box_named_link.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "治公款消费 莫患“茅台焦虑症”"
    assert len(article.paragraphs) == 4
    assert article.paragraphs[0].startswith("又到一年新春佳节，也是酒消费的旺季")
    assert article.paragraphs[-1].startswith("把简单问题复杂化，重视治表而轻视治本")
    for word in ("稿源", "彭宇案", "您当前的位置"):
        assert word not in article.body
    assert classify_page(raw) == "article"  # it said "list" for the page extraction reads


def _boxed_page(box: str, headline: str = "社区巴士连起老小区") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{headline}-湖滨网-新闻中心</title></head>"
        f"<body><div class='main'><div class='title'>{headline}</div>"
        "<div class='date'>湖滨网 2012-03-05 10:20</div>"
        f"<div class='links'><div class='content'>{box}</div></div>"
        f"</div><div class='side'><ul>{SIDE}</ul></div></body></html>"
    )


def test_a_story_in_a_box_named_links_under_a_short_headline_in_other_words() -> None:
    html = _boxed_page("".join(f"<p>{p}</p>" for p in STORY))
    article = extract_article(html, None)
    assert article.paragraphs == STORY
    assert classify_page(html) == "article"


def test_a_list_of_items_in_such_a_box_stays_refused() -> None:
    items = "".join(
        f"<div class='item'><a href='/n/{i}.html'>社区巴士第{i}条线路开通</a>"
        f"<span>2012-03-0{i} 10:20</span><p>{STORY[i % 3][:60]}…</p></div>"
        for i in range(1, 8)
    )
    page = _boxed_page(items, "社区巴士 最新消息汇总")
    assert _refused(page) == "list_page"
    assert classify_page(page) == "list"


# --- a short story dated by its age beside a box of teasers --------------------------------


def test_a_short_story_dated_by_its_age_beside_a_box_of_teasers_is_read() -> None:
    raw = (FIXTURES / "yahoo_short_story_dated_by_age.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "港鐵農曆新年加強服務"
    assert len(article.paragraphs) == 5
    assert article.paragraphs[0].startswith("為方便乘客於農曆新年期間外出")
    assert article.paragraphs[-1].startswith("另外，機場快綫於1月15日起")
    assert "明報專訊" not in article.body
    assert classify_page(raw) == "article"


def _teaser_box(n: int = 8) -> str:
    cards = "".join(
        f"<li><div class='txt'><a href='/n/{i}.html'>社區巴士第{i}條線路開通 老人下樓就能坐車</a>"
        f"<cite> 本報 - {i + 2}小時前</cite></div><div class='preview'><p>"
        f"{STORY[i % 3]}{STORY[(i + 1) % 3][:40]}...</p></div></li>"
        for i in range(1, n + 1)
    )
    return f"<div class='top-story'><h3>最熱門新聞</h3><ul>{cards}</ul></div>"


def _section_lists() -> str:
    """The column's lists of headlines between the story and the box (each a heading over links)."""
    return "".join(
        f"<div class='section'><h3>{name} »</h3><ul>"
        + "".join(f"<li><a href='/{k}/{i}.html'>{name}頭條第{i}則</a></li>" for i in range(8))
        + "</ul></div>"
        for k, name in enumerate(("港聞", "財經", "國際", "體育"))
    )


def _aged_page(cite: str, body: str = "", headline: str = "社區巴士連起老屋邨") -> str:
    nav = "".join(f"<li><a href='/c/{i}.html'>欄目{i}</a></li>" for i in range(40))
    return (
        f"<html><head><meta charset='utf-8'><title>{headline} - 湖濱新聞</title></head><body>"
        f"<ul class='nav'>{nav}</ul><div class='primary'>"
        f"<div class='art-hd'><div class='bd'><h1>{headline}</h1><cite>{cite}</cite></div></div>"
        f"<div class='art-bd'><div class='bd'>{body}</div></div>{_section_lists()}"
        f"{_teaser_box()}</div></body></html>"
    )


SHORT = (
    "為方便市民回家過節，社區巴士在除夕晚將提供通宵服務。",
    "節日前的兩個周六，四條繁忙線路在午飯和晚飯時間加密班次，每八分鐘一班。",
    "運輸署提醒乘客預留時間，並留意車站的最新告示。",
)


def test_a_short_story_dated_by_its_age_in_other_words() -> None:
    html = _aged_page("湖濱日報 – 45分鐘前", "<p>" + "<br><br>".join(SHORT) + "</p>")
    article = extract_article(html, None)
    assert article.paragraphs == SHORT


def test_a_channel_under_its_heading_and_age_stays_refused() -> None:
    blurb = "<p>本欄目匯集本港即時新聞，每五分鐘更新一次。</p>"
    html = _aged_page("更新於 5分鐘前", blurb, headline="港聞 即時新聞總覽")
    assert _refused(html) == "list_page"


# --- a transcript inside its one link -------------------------------------------------------


def test_a_transcript_inside_its_one_link_is_read() -> None:
    raw = (FIXTURES / "ntdtv_transcript_in_one_link.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "寒冬裡如何保持水嫩肌膚 醫師來教你"
    assert article.paragraphs[0].startswith("【新唐人2012年1月11日訊】寒冷的天氣裡")
    assert any(p.startswith("看似簡單的護膚概念") for p in article.paragraphs)
    assert "文章全文" not in article.body
    assert classify_page(raw) == "article"


def _video_page(card: str) -> str:
    menu = "".join(f"<li><a href='/p/{i}.html'><h3>節目{i}</h3></a></li>" for i in range(60))
    return (
        "<html><head><meta charset='utf-8'><title>社區巴士連起老屋邨 - 新聞視頻 - 湖濱電視</title>"
        f"</head><body><div class='menu'>{menu}</div><div class='player'>"
        "<h2><a href='/t/1.html'>社區巴士連起老屋邨</a></h2></div>"
        f"<div class='intro'>{card}</div></body></html>"
    )


TRANSCRIPT = (
    *STORY,
    "居民黃太：「以前買菜要走半個鐘，現在坐兩個站就到街市，對我們老人家方便很多。」",
    "運輸署表示，下月起會在屋邨入口加設上落客區，並研究延長尾班車的時間。",
    "區議員則希望當局盡快公布第二批路線，讓山上幾個較偏遠的屋邨也能早日受惠。",
)


def test_a_transcript_inside_its_one_link_in_other_words() -> None:
    text = "<br><br>".join((*TRANSCRIPT, "湖濱電視記者陳明報導。"))
    article = extract_article(_video_page(f"<dl><a href='/t/1.html'>{text}</a></dl>"), None)
    assert article.paragraphs[: len(TRANSCRIPT)] == TRANSCRIPT


def test_cards_whose_links_wrap_a_title_and_a_teaser_stay_refused() -> None:
    cards = "".join(
        f"<li><a href='/t/{i}.html'>社區巴士第{i}條線路<br>{STORY[i % 3][:50]}……<br>"
        f"2012-03-0{i}<br>播放</a></li>"
        for i in range(1, 9)
    )
    assert _refused(_video_page(f"<ul>{cards}</ul>")) == "list_page"


# --- the host's service plug past the story's boxes ----------------------------------------


def test_a_service_plug_sending_readers_to_its_address_goes() -> None:
    """stcn_service_plug_after_boxes.html: past the related list and a hot-topics box, the
    host plugs its own notice platform, its last words the address to go to for details
    ("详情请登录xinpi.stcn.com。"): the host's promo, not the story's close (host_plugs)."""
    raw = (FIXTURES / "stcn_service_plug_after_boxes.html").read_bytes()
    article = extract_article(raw, None)
    assert article.paragraphs[1].startswith("据证券时报网统计（www.stcn.com），1月17日晚间")
    assert "xinpi" not in article.body
    assert "信披平台" not in article.body


def _plain_page(*paragraphs: str, after: str = "") -> str:
    related = "".join(
        f"<li><a href='/n/{i}.html'>社区巴士相关新闻第{i}条</a></li>" for i in range(5)
    )
    return (
        "<html><head><meta charset='utf-8'><title>社区巴士连起老小区_湖滨网</title></head><body>"
        "<div class='left'><h1>社区巴士连起老小区</h1>"
        "<div class='info'>2012-03-05 10:20 来源：湖滨网</div><div class='text'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div>"
        f"<div class='about'><h2>相关新闻</h2><ul>{related}</ul></div>{after}</div></body></html>"
    )


def test_a_service_plug_in_other_words_goes_and_a_storys_address_stays() -> None:
    plug = "湖滨晚报手机报每天早晚两次推送本地要闻，首月免费。詳情請瀏覽 www.hubin-news.com.cn"
    article = extract_article(_plain_page(*STORY, after=f"<div><p>{plug}</p></div>"), None)
    assert article.paragraphs == STORY
    told = "办理进度可登录市政务服务网www.hubin.gov.cn查询，也可拨打热线咨询。"
    assert extract_article(_plain_page(*STORY, told), None).paragraphs[-1] == told


# --- the headline less its tag under the pictures --------------------------------------------


def test_the_headline_less_its_tag_under_each_picture_goes() -> None:
    """northnews_headline_under_pictures.html: a photo story titled "…喷血[组图]" captions
    each picture with the headline less its tag: the headline again, not story."""
    raw = (FIXTURES / "northnews_headline_under_pictures.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "苍井空让大佬争抢熊抱 爆乳写真令人喷血[组图]"
    assert len(article.paragraphs) == 2
    assert all(not p.startswith("苍井空让大佬") for p in article.paragraphs)


def test_the_headline_less_its_tag_under_pictures_in_other_words() -> None:
    headline = "社区巴士连起老小区"
    pictures = "".join(
        f"<p><img src='/p/{i}.jpg'></p><p>{headline}</p><p>{p}</p>" for i, p in enumerate(STORY)
    )
    html = (
        f"<html><head><meta charset='utf-8'><title>{headline}（组图）_湖滨网</title></head><body>"
        f"<h1>{headline}（组图）</h1><div class='info'>2012-03-05 10:20 来源：湖滨网</div>"
        f"<div class='text'>{pictures}</div></body></html>"
    )
    assert extract_article(html, None).paragraphs == STORY


# --- the headline with its clock, under a bar --------------------------------------------------


def test_the_headline_with_its_clock_and_the_bar_over_it_go() -> None:
    """libertytimes_headline_with_clock.html: the table's head row holds the section label and
    the font-size switch's label, then the headline with its clock ("…堵塞 【08:05】"); the
    title read from <title> has no clock. That heading is the headline, and the short lines
    over it are its bar (headline_bar)."""
    raw = (FIXTURES / "libertytimes_headline_with_clock.html").read_bytes()
    article = extract_article(raw, None)
    assert article.paragraphs[0].startswith("〔中央社〕最新一期「美國心臟病學期刊」")
    assert len(article.paragraphs) == 3
    for word in ("國際", "字型", "【08:05】"):
        assert word not in article.paragraphs[0]


def test_the_headline_with_its_clock_in_other_words() -> None:
    """The fixture's table with another headline, clock, section and story."""
    html = (FIXTURES / "libertytimes_headline_with_clock.html").read_text(encoding="utf-8")
    html = html.replace("乾癬患者 動脈較易堵塞", "社区巴士连起老小区").replace(
        "乾癬患者  動脈較易堵塞", "社区巴士连起老小区"
    )
    html = html.replace("【08:05】", "[17:45]").replace(">國際<", ">本地<")
    start, end = (
        html.index('class="news_content">') + 21,
        html.index("</div>", html.index("news_content")),
    )
    html = html[:start] + "<br /><br />".join(STORY) + html[end:]
    assert "乾癬" not in html
    assert extract_article(html, None).paragraphs == STORY


# --- a provider line dated by age, a rule, over the story ---------------------------------------


def test_a_provider_line_dated_by_its_age_over_the_story_goes() -> None:
    """google_provider_line_dated_by_age.html: "(AFP) – 11 小時前" between the headline and
    the story is the provider's meta line, a stamp (paragraphs._stamp_line)."""
    raw = (FIXTURES / "google_provider_line_dated_by_age.html").read_bytes()
    article = extract_article(raw, None)
    assert article.paragraphs[0].startswith("（法新社日內瓦16日電）")
    assert len(article.paragraphs) == 2


def test_a_rule_under_the_headline_goes() -> None:
    """infogovhk_rule_under_headline.html: a press release's row of "＊" under its headline
    holds no word: over the story it is no paragraph."""
    raw = (FIXTURES / "infogovhk_rule_under_headline.html").read_bytes()
    article = extract_article(raw, None)
    assert article.paragraphs[0].startswith("勞工及福利局局長張建宗今日（一月十七日）")


def test_an_age_line_and_a_rule_over_the_story_in_other_words() -> None:
    html = _plain_page(*STORY).replace(
        "<div class='text'>", "<div class='text'><p>（中央社）– 35 分钟前</p><p>— — — — — —</p>"
    )
    assert extract_article(html, None).paragraphs == STORY
    rule_between = _plain_page(STORY[0], "* * *", STORY[1])  # a separator in the story stays
    assert extract_article(rule_between, None).paragraphs == (STORY[0], "* * *", STORY[1])
