"""A side column's feed read into the body (issue 14, session 39, h-noise2), found on
finance.sina.com.cn pages of the webpage_archive pool (transTerminus/webpage_archive commit
f987f5e, raw/), where a ~1,500 character story came out as 9,000 characters:

- the 投顾直播 box beside the story: each card is one ``<li>`` whose whole content is a
  ``javascript:`` link round an avatar, a name with its time and the adviser's post. The
  walk read a script link round blocks with three sentences as a gallery opener left
  unclosed round the story's paragraphs (walk._wraps_story), so the posts counted as prose
  and the column's prose outweighed the story's. A list item that is its link is a feed's
  card: its words stay link text. Reduced copy:
  tests/fixtures/extract/real_noise39/sina_story_beside_adviser_feed_cards.html
  (raw/sina.cn/finance_第一个跨性别芭比娃娃来了…_-_新浪财经.html, pool 1397);
- the APP专享直播 slider under the story in the story's column: cards of a heading
  ("国君资管：基金三季报出炉，哪些方向被看好？") and a stamp with a day and a time
  ("开播时间 | 11-08 16:00"), among sibling cards of one class. Their headings read as prose
  and the short stamps between them survived. Such a card's heading is an item's teaser
  (layout._is_timed_card). Reduced copy:
  tests/fixtures/extract/real_noise39/sina_story_over_live_slider_cards.html
  (raw/sina.cn/cj_让跨性别者登妇女节广告，好时被抵制_-_新浪财经.html, pool 1357).

Each has a made-up wording, and story text of the same shape that stays: a gallery opener's
script link round the story's paragraphs, and a story's programme of headed times.
"""

from __future__ import annotations

from pathlib import Path

from snapcrawl.extract import extract_article
from snapcrawl.extract.body import select_body
from snapcrawl.extract.page import read_page

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_noise39"
STORY = (
    "湖滨讯（记者林晓）昨天上午，市区三条公交线路开始试行夜间延时运营，末班车由晚上十点推迟"
    "到十一点半。公交集团介绍，延时线路覆盖火车站、大学城和两个大型居住区，试行期为三个月。",
    "据统计，试行首日夜间乘客超过两千人次，其中下班的上班族和返校的学生占了多数。",
    "公交集团表示，将根据试行期间的客流数据，决定是否把延时运营推广到更多线路。",
)
POST = (
    "今日市场综述：三大指数早盘小幅高开，随后震荡回落。半导体板块午后走强，多只个股封板。"
    "成交量较昨日有所放大，北向资金小幅净流入。短线操作上注意控制仓位，不宜追高。"
    "后市关注政策面变化和上市公司业绩披露情况，逢低布局优质标的。以上观点仅供参考。"
)


def _page(story: str, column: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>市区三条公交线路试行夜间延时_湖滨日报</title>"
        "</head><body><div class='wrap'><h1>市区三条公交线路试行夜间延时</h1>"
        "<p class='info'>发布时间：2024年06月11日 09:30 来源：湖滨日报</p>"
        f"<div class='main'><div class='left'>{story}</div>"
        f"<div class='right'>{column}</div></div></div></body></html>"
    )


def _story(*extra: str) -> str:
    return "<div class='text'>" + "".join(f"<p>{p}</p>" for p in STORY + extra) + "</div>"


def _lines(raw: bytes | str, start: str):
    page = read_page(raw, None, details=True)
    return [line for line in page.lines if line.text.startswith(start)]


def test_an_adviser_feeds_cards_beside_the_story_are_link_text() -> None:
    raw = (FIXTURES / "sina_story_beside_adviser_feed_cards.html").read_bytes()
    for start in ("宏观要闻1、", "【先手午评】"):
        (line,) = _lines(raw, start)
        assert line.link_chars == line.chars
    article = extract_article(raw, None)
    assert article.paragraphs[0] == "（观察者网 讯）"
    assert article.paragraphs[-1].startswith("不过，也有网民表示，这跨性别娃娃")
    for word in ("宏观要闻", "先手午评", "开播时间", "APP专享直播"):
        assert word not in article.body


def test_a_made_up_feed_of_script_link_cards_stays_out_of_the_body() -> None:
    cards = "".join(
        "<li class='card'><a href='javascript:void(0)'>"
        "<span class='avatar'><img src='a.png'></span>"
        f"<div class='txt'><h3>投资顾问{i}<span>2024-06-1{i} 10:2{i}</span></h3>"
        f"<div class='content'>{POST}</div></div></a></li>"
        for i in range(4)
    )
    html = _page(_story(), f"<h2>投顾观点</h2><ul class='feed'>{cards}</ul>")
    article = extract_article(html, None)
    assert article.paragraphs == STORY


def test_a_gallery_openers_script_link_round_the_story_stays_prose() -> None:
    # The template left the picture's click box open: the story's paragraphs are inside it.
    inner = "".join(f"<p>{p}</p>" for p in STORY)
    story = (
        "<div class='text'><a href='javascript:void(0)' class='zoom'><img src='1.jpg'>"
        f"{inner}</a></div>"
    )
    article = extract_article(_page(story, ""), None)
    assert article.paragraphs == STORY


def test_a_live_sliders_timed_cards_under_the_story_are_teasers() -> None:
    raw = (FIXTURES / "sina_story_over_live_slider_cards.html").read_bytes()
    (heading,) = _lines(raw, "天弘基金：美国大选之变")
    assert heading.teaser
    page = read_page(raw, None, details=True)
    selection = select_body(page.lines)
    kept = "".join(line.text for line in selection.kept)
    assert "开播时间" not in kept
    assert "天弘基金" not in kept
    article = extract_article(raw, None)
    assert article.paragraphs[0] == "►文观察者网严珊珊"
    assert article.paragraphs[-1].startswith("面对争议，美国好时的态度似乎是力挺加拿大分公司")


def test_a_made_up_slider_of_timed_cards_stays_out_of_the_body() -> None:
    titles = (
        "城市更新论坛：老旧小区改造资金从哪里来，居民怎么参与？",
        "对话规划师：地铁站点周边的土地如何开发，商业配套怎么建？",
        "专家解读：新能源车下乡，县城充电桩建设的机遇与挑战",
        "云直播：夏季防汛工作部署会，城区易涝点整治进展如何？",
    )
    cards = "".join(
        f"<div class='live-card'><span class='when'>直播 | 6月1{i}日 19:30</span>"
        f"<div class='info'><h4 class='name'>{title}</h4></div></div>"
        for i, title in enumerate(titles)
    )
    slider = f"<div class='lives'><h2>精彩直播</h2><div class='track'>{cards}</div></div>"
    article = extract_article(_page(_story() + slider, ""), None)
    assert article.paragraphs == STORY


def test_a_storys_programme_of_headed_times_stays() -> None:
    # Hours alone, no day: a story's own schedule, not a feed's stamps.
    rows = (
        ("开幕式暨城市夜间交通发展论坛主旨演讲", "时间：09:30—10:30"),
        ("分论坛一：夜间公交线路的规划与客流分析", "时间：10:45—12:00"),
        ("分论坛二：延时运营的成本测算与财政补贴", "时间：14:00—16:00"),
    )
    programme = "".join(
        f"<div class='row'><h4>{name}</h4><p>{time}</p></div>" for name, time in rows
    )
    closing = "市民可通过湖滨日报客户端观看论坛直播，论坛期间还将公布首批延时线路的客流统计数据。"
    story = _story() + programme + f"<p>{closing}</p>"
    article = extract_article(_page(story, ""), None)
    for name, time in rows:
        assert name in article.paragraphs
        assert time in article.paragraphs
    assert article.paragraphs[-1] == closing
