"""A post told a phrase a line (WeChat's style, reposted to sohu.com's 搜狐号): every line
short and unpunctuated, its first "prose" line (one closing on a quote or a question mark)
far down, and the page folding the rest of the story under a "展开全文" button (issue 14,
session 42, h-part: the webpage_archive pool, transTerminus/webpage_archive, raw/; pages
2379 and 2298 of the pool dump, where magic-html kept the whole post and we a part).

Short lines stay only between prose, and a run of them only after a prose line
(story_runs): the lines over the first prose line went, and a run stopped at the button.
What makes these lines the story's is that they stand in its own set (siblings of the
prose line, or of the shown part over the button) and speak in clauses; the host's lines
over a story stand in boxes of their own, or are chrome already.

Reduced copy (the article container from the headline to the platform statement; the
page's head kept to its meta tags and title; everything around it taken out):
tests/fixtures/extract/real_part/sohu_post_in_phrase_lines_folded.html
(raw/sohu.com/www_原创历史上最残忍的变性手术_-_搜狐.html, pool 2379).
"""

from __future__ import annotations

from pathlib import Path

from snapcrawl.extract import extract_article

from .conftest import site_article

_DIR = Path(__file__).parents[2] / "fixtures" / "extract" / "real_part"
URL = "https://www.example-hillside.cn/news/20241106/5521.html"


def test_real_phrase_line_post_keeps_its_lead_and_its_folded_rest() -> None:
    raw = (_DIR / "sohu_post_in_phrase_lines_folded.html").read_bytes()
    article = extract_article(raw, "https://www.sohu.com/a/316716370_100068253")
    assert article.title == "历史上最残忍的变性手术"
    lines = article.paragraphs
    assert lines[0] == "上世纪60年代"  # the post's opening, over its first prose line
    assert "包皮切除手术就可以解决" in lines  # the first line folded under the button
    assert "作为一个“女孩”" in lines
    body = article.body
    for host in ("展开全文", "链接复制成功", "平台声明", "2019-05-27", "返回搜狐"):
        assert host not in body


_LEAD = [
    "去年冬天",
    "我第一次去了北方的小城",
    "那里的雪下得很大，一夜就没过了脚踝",
    "街上的人不多",
    "早点铺子却早早开了门，热气腾腾",
    "老板娘说，这里的人都起得早",
    "趁着天还没亮，先把炉子烧旺",
]
_FOLDED = [
    "吃完早饭",
    "我沿着河边往老城走，冰面上有孩子在滑冰",
    "一个老人坐在桥头卖冻梨，摊子上落满了雪",
    "他说，自己在这里卖了三十年",
    "从来没有哪一年缺过席",
]
_PROSE = "那一刻我忽然明白了，为什么有人愿意一辈子守着这座小城。"


def test_a_post_in_phrase_lines_folded_by_another_button_stays_whole() -> None:
    """Another wording: a travel post, folded by "展开剩余 70%" after its first prose line."""
    shown = "".join(f"<p>{line}</p>" for line in _LEAD) + f"<p>{_PROSE}</p>"
    folded = "".join(f"<p>{line}</p>" for line in _FOLDED)
    body = (
        shown + "<div class='fold'><a href='javascript:;'>展开剩余 70%</a></div>"
        f"<div class='rest'>{folded}<p>后来我又去过很多地方，却总会想起那天早上的雪。</p></div>"
    )
    page = site_article(body, title="北方小城的冬天", site="山边新闻网", info="2024-11-06 10:20")
    text = extract_article(page, URL).body
    for line in _LEAD + _FOLDED:
        assert line in text
    assert "展开剩余" not in text


def test_an_account_card_over_the_lead_stays_out() -> None:
    """The host's card of short lines over the post (the account, its counts, a follow
    button) stands in a box of its own: the lead's run stops under it."""
    card = (
        "<div class='account'><p>山边旅行家</p><p>文章 1203，粉丝 5.6万</p>"
        "<p>关注我，带你看遍山河，每天更新</p></div>"
    )
    body = card + "".join(f"<p>{line}</p>" for line in _LEAD) + f"<p>{_PROSE}</p>"
    page = site_article(body, title="北方小城的冬天", site="山边新闻网", info="2024-11-06 10:20")
    text = extract_article(page, URL).body
    assert text.startswith(_LEAD[0])
    assert _PROSE in text
    for host in ("山边旅行家", "粉丝", "关注我"):
        assert host not in text


# An itinerary closing a travel post, a day a line, each numbered with the day's route in
# brackets ("1【广州-曼谷】唐人街"): the run after the last prose line has no clause, and
# its numbering was read only as "1." or "1、". Reduced copy (the headline to the platform
# statement, the share box's QR image data taken out):
# tests/fixtures/extract/real_part/163_itinerary_numbered_in_brackets.html
# (raw/163.com/www_去泰国玩了6天花了1999,_详细攻略人妖秀_-_网易.html, pool 0224).


def test_real_itinerary_numbered_in_brackets_stays() -> None:
    raw = (_DIR / "163_itinerary_numbered_in_brackets.html").read_bytes()
    article = extract_article(raw, "https://www.163.com/dy/article/I3I6SHL80553R100.html")
    lines = article.paragraphs
    assert lines[-1] == "6【曼谷-广州】"
    assert "1【广州-曼谷】唐人街" in lines
    assert "6日游行程：" in lines
    assert "特别声明" not in article.body


_STORY = [
    "今年秋天我们一家三口自驾去了川西，一路上的风景比想象中还要美，这里把路线分享给大家。",
    "出发前一定要查好天气，山里早晚温差很大，厚外套、雨衣和常用药都要带上。",
]


def test_a_route_numbered_in_brackets_stays_and_a_gallery_counter_goes() -> None:
    """Another wording: the days of a drive, numbered "1【成都-康定】"; the gallery's page
    counter set between them ("2/4", figures alone) is the host's, and a linked box of
    numbered headlines after it is a list of other stories."""
    days = [
        "1【成都-康定】跑马山 情歌广场",
        "2【康定-新都桥】折多山 摄影天堂",
        "3【新都桥-稻城】海子山 兔儿山",
        "4【稻城-成都】原路返回",
    ]
    route = "".join(
        f"<p>{day}</p><div class='photo-note'>{k}/4</div>" for k, day in enumerate(days, 1)
    )
    hot = "".join(
        f"<p><a href='/h/{k}.html'>{k}【热门】山边镇的第{k}条热门新闻标题</a></p>"
        for k in range(1, 6)
    )
    body = "".join(f"<p>{line}</p>" for line in _STORY) + "<p>行程：</p>" + route
    page = site_article(
        body,
        title="川西自驾四日游",
        site="山边新闻网",
        info="2024-11-06",
        after=f"<div>{hot}</div>",
    )
    lines = extract_article(page, URL).paragraphs
    for day in days:
        assert day in lines
    for k in range(1, 5):
        assert f"{k}/4" not in lines
    assert not any("热门" in line for line in lines)
