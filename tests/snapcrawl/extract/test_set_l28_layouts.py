"""Set L28: the story's whole text on older and split layouts (issue 14, session 28).

Each test is a reduced page of one layout kind, with wordings of its own (not the set's
pages): the rule is tested, not a sentence.
"""

from __future__ import annotations

from snapcrawl.extract import decode_html, extract_article
from snapcrawl.extract.chrome import line_kind
from snapcrawl.extract.dates import is_date_only
from snapcrawl.extract.dom import is_noise_names
from snapcrawl.extract.noise import is_meta_line
from tests.snapcrawl.extract.conftest import KITCHEN_STORY, KITCHEN_TITLE, WHARF_STORY

_HEAD = '<html><head><meta charset="{cs}"><title>{t}_示例网</title></head><body>'
_NAV = (
    '<div class="nav"><a href="/">首页</a> | <a href="/a/">本地</a> | <a href="/b/">社会</a></div>'
)
_FOOT = '<div class="footer">Copyright 2011 示例网 版权所有 粤ICP备00000000号</div></body></html>'


def _page(body: str, title: str = KITCHEN_TITLE, charset: str = "utf-8") -> str:
    return _HEAD.format(cs=charset, t=title) + _NAV + f"<h1>{title}</h1>" + body + _FOOT


def _paras(lines: list[str]) -> str:
    return "".join(f"<p>{s}</p>" for s in lines)


def test_story_rest_after_a_picture_in_a_more_named_block_is_kept() -> None:
    html = _page(
        f'<div class="content">{_paras(KITCHEN_STORY[:2])}</div>'
        '<div class="pic"><img src="/a.jpg"><p>图为老人们在厨房里包饺子。</p></div>'
        f'<div class="content-more">{_paras(KITCHEN_STORY[2:])}</div>'
    )
    article = extract_article(html)
    assert list(article.paragraphs[-3:]) == KITCHEN_STORY[2:]


def test_more_alone_still_names_furniture() -> None:
    assert is_noise_names("more-news", None)
    assert is_noise_names("more", None)
    assert not is_noise_names("content-more", None)


def test_a_tables_header_cell_worded_like_a_list_heading_stays() -> None:
    rows = [
        ("车型", "今日报价", "昨日报价"),
        ("小型车", "8.5万", "8.8万"),
        ("中型车", "15万", "15.6万"),
    ]
    table = (
        "<table>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        + "</table>"
    )
    html = _page(f'<div class="text"><p>{WHARF_STORY[0]}</p>{table}<p>{WHARF_STORY[1]}</p></div>')
    body = extract_article(html).body
    assert "今日报价" in body
    assert "昨日报价" in body
    assert "15.6万" in body


def test_a_poem_of_short_br_lines_is_the_story() -> None:
    verse = [
        "门前那一棵老枣树",
        "秋天结满了红枣",
        "风一吹",
        "落在奶奶的竹篮里",
        "也落在",
        "我小时候一个又一个的梦里",
    ]
    title = "枣树（组诗）"
    html = _page(
        '<div class="poem">' + "<br>".join(verse) + "</div>"
        '<div class="tools"><a href="#">推荐</a> <a href="#">收藏</a></div>',
        title=title,
    )
    article = extract_article(html)
    assert list(article.paragraphs) == verse


def test_attachment_items_and_the_signature_after_them_are_kept() -> None:
    story = [
        "各有关单位：",
        "为做好今年防汛物资储备工作，现将有关事项通知如下，请各单位认真组织落实，按时报送。",
        "一、各单位于六月底前完成防汛物资清点，建立台账，并将清点结果报区应急管理局备案。",
    ]
    html = _page(
        '<div class="zw">' + _paras(story) + '<p>附件：<a href="/1.xls">1.防汛物资清单</a></p>'
        '<p><a href="/2.doc">2.联系人信息表</a></p>'
        "<p>河畔区应急管理局</p><p>2021年5月8日</p></div>",
        title="关于做好防汛物资储备工作的通知",
    )
    paragraphs = extract_article(html).paragraphs
    assert paragraphs[-3:] == ("2.联系人信息表", "河畔区应急管理局", "2021年5月8日")


def test_a_forum_posts_signature_block_is_not_the_post() -> None:
    html = _page(
        f'<div class="postmessage">{"<br>".join(KITCHEN_STORY)}</div>'
        '<div class="signature">宁静致远，淡泊明志，每天进步一点点就好。</div>'
    )
    assert "宁静致远" not in extract_article(html).body


def test_a_dateline_with_the_font_size_switcher_is_no_story() -> None:
    assert is_meta_line("2007-11-20　河畔日报　字体：大 中 小")
    html = _page(
        '<div id="artinfo">2007-11-20　河畔日报　字体：大 中 小</div>'
        f'<div id="arttext">{"<br><br>".join(KITCHEN_STORY)}</div>',
        charset="gbk",
    )
    article = extract_article(decode_html(html.encode("gbk")))
    assert list(article.paragraphs) == KITCHEN_STORY


def test_a_dateline_of_a_date_and_a_reporter_is_no_story() -> None:
    assert is_meta_line("2019/04/02 17:30 記者 邱雅文／台中報導")
    assert is_meta_line("2019-04-02　记者 万晓")
    assert not is_meta_line("2019年4月2日，记者万晓来到河畔社区采访。")


def test_a_count_with_its_word_first_is_a_stats_bar_field() -> None:
    assert line_kind("写于 2018-09-09 | 归档于 随笔 | 浏览次数 467") == "ui"
    html = _page(
        '<div class="post-meta">写于 2018-09-09 | 归档于 随笔 | 浏览次数 467</div>'
        f'<div class="post-content">{_paras(WHARF_STORY)}</div>'
    )
    assert list(extract_article(html).paragraphs) == WHARF_STORY


def test_a_date_with_its_weekday_is_a_date_line() -> None:
    assert is_date_only("2010年03月07日 星期日")
    assert is_date_only("2010-3-7 周六")
    assert not is_date_only("2010年03月07日 星期日晚上下了一场雨")


def test_a_poem_set_one_paragraph_a_line_is_the_story() -> None:
    verse = [
        "晚风轻轻翻过山冈",
        "把炊烟吹得很长",
        "河水带走落日",
        "也带走了一天的疲惫",
        "灯一盏一盏亮起",
        "照着回家的小路",
    ]
    html = _page(
        '<div class="shi">' + "".join(f'<p class="hang">{s}</p>' for s in verse) + "</div>",
        title="晚归",
    )
    assert list(extract_article(html).paragraphs) == verse


def test_a_short_lines_run_beside_prose_is_left_to_the_line_kinds() -> None:
    """Beside a story, six short lines of one block are a sidebar's, not verse."""
    side = ["热线电话", "8888 6666", "值班编辑", "小周", "投稿邮箱", "见页面底部"]
    html = _page(
        f'<div class="text">{_paras(WHARF_STORY)}</div>'
        '<div class="box">' + "<br>".join(side) + "</div>",
        title="河畔老码头明年改建滨江步道",
    )
    assert list(extract_article(html).paragraphs) == WHARF_STORY


def test_a_brief_opened_by_its_own_heading_among_many_links_is_an_article() -> None:
    links = "".join(
        f'<li><a href="/n/{i}.html">本地要闻第{i}条消息标题</a></li>' for i in range(30)
    )
    story = [
        "记者从市气象台获悉，受冷空气影响，本周四起全市将出现明显降温，最低气温降至零下三度。",
        "气象部门提醒，市民外出注意防寒保暖，驾车出行注意路面结冰。",
    ]
    html = (
        _HEAD.format(cs="utf-8", t="全市周四起明显降温")
        + _NAV
        + f'<div class="left"><h1>全市周四起明显降温</h1>{_paras(story)}</div>'
        + f'<div class="right"><ul>{links}</ul></div>'
        + _FOOT
    )
    assert list(extract_article(html).paragraphs) == story


def test_a_glued_name_ending_in_a_long_noise_word_is_that_region() -> None:
    assert is_noise_names("postcomments", None)
    assert is_noise_names(None, "leftsidebar")
    assert not is_noise_names("commentary", None)  # an opinion column, not the comments
    html = _page(
        f'<div class="entrytext">{_paras(KITCHEN_STORY)}</div>'
        '<div class="entrycomments"><p>老人们做的菜看着就香，给社区点个赞。</p></div>'
    )
    assert list(extract_article(html).paragraphs) == KITCHEN_STORY


def test_a_threads_short_opening_post_is_the_article() -> None:
    opening = [
        "家里阳台上的绣球花叶子发黄，边缘还有点焦，是浇水太多了吗？",
        "换过一次土也没见好，请懂的朋友指点一下。",
    ]

    def post(floor: int, who: str, when: str, text: str) -> str:
        return (
            f'<div class="floor"><div class="who">{who}</div>'
            f'<div class="said">{text}</div><div class="when">{floor}楼 {when}</div></div>'
        )

    html = _page(
        '<div class="thread">'
        + post(1, "阳台花匠", "2016-05-02 09:12", "<br>".join(opening))
        + post(2, "老花农", "2016-05-02 10:03", "多半是水浇多了，盆底要能排水。")
        + post(3, "小园丁", "2016-05-02 11:40", "也可能缺铁，试试硫酸亚铁。")
        + post(4, "阳台花匠", "2016-05-02 12:15", "谢谢两位，我先控水看看。")
        + "</div>",
        title="绣球叶子发黄怎么办",
    )
    body = extract_article(html).body
    assert all(line in body for line in opening)
    assert "硫酸亚铁" not in body
    assert "盆底要能排水" not in body
