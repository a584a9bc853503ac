"""How a story opens on modern pages: a summary box that repeats it, a gallery counter
glued to a caption, a speech's speaker and address. Pages written for these tests."""

from __future__ import annotations

from snapcrawl.extract.article import extract_article
from snapcrawl.extract.gallery_captions import without_gallery_counter
from snapcrawl.extract.summary_boxes import repeats_story

STORY = [
    "江畔步道全线贯通后，沿线七个社区的居民可以沿江步行到市中心，全程约十二公里。",
    "市园林部门介绍，步道沿线新增了二十处休息点和六座公共卫生间，夜间照明全部更换为节能灯具。",
    "下一步，步道将与城市绿道网络连通，并在周末开放骑行专用时段，方便市民锻炼和出行。",
]


def page(opening: str, story: list[str] = STORY) -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in story)
    return (
        "<html><head><title>江畔步道全线贯通_示例网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/c'>城市</a></div>"
        f"<div class='article'><h1>江畔步道全线贯通</h1>{opening}{paragraphs}</div>"
        "</body></html>"
    )


def test_a_summary_box_repeating_the_opening_is_dropped():
    box = "<div class='summary'>摘要：" + STORY[0][:30] + "</div>"
    body = extract_article(page(box)).body
    assert not body.startswith("摘要")
    assert body.split("\n")[0] == STORY[0]


def test_a_summary_that_says_something_else_stays():
    lead = "导语：一条贯通江岸的步道，改变了七个社区居民的出行方式。"
    assert repeats_story(lead, STORY) is False
    assert repeats_story("摘要：" + STORY[1][:20], STORY) is True


def test_a_gallery_counter_is_cut_from_its_caption():
    caption = "3/12 " + STORY[0]
    assert without_gallery_counter(caption) == STORY[0]
    body = extract_article(page("", [caption, *STORY[1:]])).body
    assert body.split("\n")[0] == STORY[0]


def test_a_fraction_in_prose_is_not_a_counter():
    for text in (
        "3/4 的受访者表示，步道开通后每周至少散步三次，比过去多了一倍以上。",
        "1/2 ",
        "12/3 日晚间，步道沿线举行了灯光秀，吸引了上万名市民前来观看。",
    ):
        assert without_gallery_counter(text) == text


def test_a_speech_keeps_its_speaker_and_address():
    opening = (
        "<div class='tools'>字号：<a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a></div>"
        "<p>市园林局新闻发言人 林一</p><p>各位记者朋友：</p>"
    )
    body = extract_article(page(opening)).body.split("\n")
    assert body[:3] == ["市园林局新闻发言人 林一", "各位记者朋友：", STORY[0]]


def test_short_lines_after_a_picture_credit_between_paragraphs_stay():
    # A WeChat-style story in short lines, a picture with its credit in the middle.
    middle = [
        STORY[0],
        "<img src='a.jpg'>▲江城晚报全媒体图片记者黎明摄",
        "与其他城市的滨江步道相比",
        "这条步道实现了",
        "与公交、地铁和轮渡的无缝连接",
        *STORY[1:],
    ]
    body = extract_article(page("", middle)).body.split("\n")
    assert "这条步道实现了" in body
    assert not any("摄" in line for line in body)


def test_a_caption_after_the_opening_picture_credit_goes_with_the_picture():
    opening = "<p>摄影：林一</p><p>清晨的江畔步道</p>"
    body = extract_article(page(opening)).body.split("\n")
    assert body[0] == STORY[0]


def test_a_wiki_reference_list_closes_the_article_and_edit_links_go():
    sections = (
        "<h2>历史沿革<span>[<a href='?action=edit'>编辑</a>]</span></h2>"
        + "".join(f"<p>{s}</p>" for s in STORY)
        + "<h2>参考资料<span>[<a href='?action=edit'>编辑</a>]</span></h2><ol>"
        + "".join(
            f"<li>^ 作者{n}. 江畔步道建设纪实第{n}篇. 江城晚报. 2023-12-0{n} [2023-12-1{n}]."
            "（原始内容存档于2023-12-20）.</li>"
            for n in range(1, 6)
        )
        + "</ol>"
    )
    body = extract_article(page(sections, [])).body.split("\n")
    assert body[0] == "历史沿革"
    assert body[1:] == STORY


def test_a_section_under_a_reference_heading_that_holds_no_citations_stays():
    numbered = "<h3>注释</h3>" + "".join(f"<p>{n}. {s}</p>" for n, s in enumerate(STORY, 1))
    body = extract_article(page(numbered, STORY)).body
    assert "1. " + STORY[0] in body
