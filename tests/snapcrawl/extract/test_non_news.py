"""Pages that are not news: a blog post, a wiki article, a forum thread, a poem page, a note.

The fixtures (tests/fixtures/extract/non_news/, our own text) have the shapes of a CSDN-like
blog post, a MediaWiki article, a Discuz-like thread and a poem site. Each test says what a
reader sees as the article and what is page furniture around it.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import NotAnArticle, classify_page, extract_article
from snapcrawl.extract.body import select_body
from snapcrawl.extract.page import read_page

from .conftest import fixture_bytes


def _article(name: str):
    return extract_article(fixture_bytes(f"non_news/{name}"))


def _lines(name: str) -> list[str]:
    return list(_article(name).paragraphs)


SHAPES = ["blog_post.html", "wiki_article.html", "forum_thread.html", "poem_page.html"]


@pytest.mark.parametrize("name", [*SHAPES, "note_page.html"])
def test_every_shape_is_an_article(name):
    assert classify_page(fixture_bytes(f"non_news/{name}")) == "article"


def test_blog_post_keeps_headings_lists_and_code():
    lines = _lines("blog_post.html")
    assert lines[0].startswith("手机里攒了三千多张照片")
    assert lines[-1].startswith("三千多张照片一分钟左右就改完了")
    # headings, the bullet list, the code and the numbered list (an item ending in 图片
    # is an item, not the title of a related-pictures section)
    for wanted in ["准备工作", "Pillow 库", "改名的步骤", "列出文件夹里的全部图片", "结果"]:
        assert wanted in lines
    assert any(line.startswith("from PIL import Image") for line in lines)
    body = "\n".join(lines)
    for furniture in [
        "版权声明",
        "阅读量",
        "Python 批量修改文件名的五种方法",
        "学到了",
        "钱包余额",
    ]:
        assert furniture not in body


def test_wiki_article_keeps_sections_and_its_list_not_the_boxes():
    lines = _lines("wiki_article.html")
    assert lines[0].startswith("青石镇是中国某省溪山县下辖的一个镇")  # a sentence of links
    # the first section's heading, right after the contents box, opens its section
    assert lines[2:4] == [
        "历史",
        "明代这里已有集市，称“青石铺”。清末设乡，民国时期改称青石乡，1992年撤乡建镇。",
    ]
    assert lines[lines.index("境内主要河流有：") + 1 :][:3] == ["东溪", "白沙溪", "小龙潭河"]
    body = "\n".join(lines)
    for furniture in ["目录", "邮政编码", "86.4平方公里", "溪山县志", "本页面最后修订"]:
        assert furniture not in body


def test_wiki_sentence_with_many_links_is_prose_but_a_menu_is_not():
    page = read_page(
        "<html><body><div class='nav'><a href='/1'>首页</a> <a href='/2'>新闻中心</a>"
        " <a href='/3'>图片频道</a> <a href='/4'>视频频道</a></div><div class='main'>"
        "<p>本条目介绍一座山。</p>"
        "<p>它位于<a href='/a'>东山省</a><a href='/b'>北川县</a>与<a href='/c'>西岭县</a>"
        "交界处，是<a href='/d'>东川河</a>与<a href='/e'>北溪</a>的分水岭。</p>"
        "<p>山上有一座建于清代的石塔，塔高十二米，是县里的文物保护单位。</p></div></body></html>"
    )
    kept = [line.text for line in select_body(page.lines).kept]
    assert any(text.startswith("它位于东山省") for text in kept)
    assert not any("新闻中心" in text for text in kept)


def test_forum_thread_is_its_first_post():
    lines = _lines("forum_thread.html")
    assert lines[0].startswith("去年冬天搬到有南阳台的房子")
    assert "每天早上浇一次水" in lines  # a short line of the post, between its sentences
    assert lines[-1].startswith("最大的教训是前期浇水太勤")
    body = "\n".join(lines)
    assert "北阳台" not in body
    assert "回复 老周" not in body


def test_poem_keeps_every_verse_line():
    article = _article("poem_page.html")
    lines = list(article.paragraphs)
    assert article.title == "山居晚坐"
    # the first line ends with a comma: it goes on in the next one, it is no label
    assert lines[:4] == [
        "溪上青山晚更青，",
        "柴门半掩一灯明。",
        "风来竹影移窗纸，",
        "犹似故人敲户声。",
    ]
    assert "译文" in lines
    assert "赏析" in lines
    body = "\n".join(lines)
    assert "静夜思" not in body
    assert "关于我们" not in body


def test_related_headlines_list_inside_a_story_stays_out():
    """A list of links between paragraphs is a related list, not the article's own."""
    story = "".join(
        f"<p>第{i}段：记者在现场看到，工人们正在加紧铺设管道，预计下月底全线完工通水。</p>"
        for i in range(3)
    )
    related = (
        "<ul>"
        + "".join(
            f"<li><a href='/n{i}'>本市又一批老旧小区改造工程开工建设</a></li>" for i in range(4)
        )
        + "</ul>"
    )
    page = read_page(f"<html><body><div class='text'>{story}{related}{story}</div></body></html>")
    kept = [line.text for line in select_body(page.lines).kept]
    assert not any("老旧小区" in text for text in kept)
    assert len(kept) == 6


def test_comment_list_between_paragraphs_stays_out():
    """Dated entries (comments) in a list are not the article's list, even short ones."""
    story = (
        "<p>这是一篇关于城市骑行的游记，作者用三天时间沿着河岸骑完了全程，记录了沿途的风景。</p>"
    )
    comments = (
        "<ul><li>阿明 2023-05-02 10:21</li><li>写得真好</li>"
        "<li>小雨 2023-05-03 08:40</li><li>想去</li></ul>"
    )
    page = read_page(f"<html><body><div class='post'>{story}{comments}{story}</div></body></html>")
    kept = [line.text for line in select_body(page.lines).kept]
    assert "写得真好" not in kept
    assert "想去" not in kept


_MENU = (
    "<div class='toolbar'>" + "".join(f"<a href='/c{i}'>栏目{i}</a> " for i in range(12)) + "</div>"
)
_SIDE = (
    "<div class='recommend'>"
    + "".join(
        f"<div class='item'><a href='/r{i}'>推荐阅读的文章标题第{i}篇</a>"
        f"<p>这是第{i}篇推荐文章的摘要，介绍了文章的主要内容和作者的看法，供读者参考。</p>"
        f"<span>2024-01-0{i}</span></div>"
        for i in range(1, 7)
    )
    + "</div>"
)


def _blog(main: str) -> str:
    return f"<html><head><title>博客</title></head><body>{_MENU}{main}{_SIDE}</body></html>"


def test_short_post_in_its_article_element_is_the_body():
    """Two short lines in the page's one <article>: too little prose to outweigh the
    recommendations around it, but the markup says they are the post."""
    html = _blog(
        "<h1>旧相机转让</h1><div class='meta'>某人 于 2024-01-05 10:00:00 发布</div>"
        "<article><div class='content'><p><img src='a.png'><br>九成新旧相机转让<br>"
        "同城面交 价格面议 联系方式见个人主页</p></div></article>"
    )
    article = extract_article(html)
    assert article.paragraphs == ("九成新旧相机转让", "同城面交 价格面议 联系方式见个人主页")
    assert classify_page(html) == "article"


def test_several_article_elements_are_a_list_not_a_post():
    items = "".join(
        f"<article><h2><a href='/p/{i}'>第{i}篇文章的标题写在这里</a></h2><p>摘要很短</p></article>"
        for i in range(1, 7)
    )
    html = _blog(f"<h1>博客首页</h1>{items}")
    with pytest.raises(NotAnArticle):
        extract_article(html)
    assert classify_page(html) != "article"


def test_one_article_element_of_links_is_no_post():
    links = "".join(f"<li><a href='/p/{i}'>第{i}篇文章的标题写在这里</a></li>" for i in range(8))
    with pytest.raises(NotAnArticle):
        extract_article(_blog(f"<h1>归档</h1><article><ul>{links}</ul></article>"))


def _split_post(second_class: str) -> str:
    first = "".join(
        f"<p>第一部分第{i}段：我们在山里徒步三天，路线从村口出发，沿着溪流一路向上。</p>"
        for i in range(4)
    )
    second = "".join(
        f"<p>第二部分第{i}段：第二天下起了小雨，我们在半山腰的石屋里躲雨，煮了面条。</p>"
        for i in range(2)
    )
    box = "<div class='recommend'><ul>" + "".join(
        f"<li><a href='/r{i}'>推荐阅读：徒步路线合集第{i}期，带你走遍周边的山野</a></li>"
        for i in range(6)
    )
    return (
        "<html><body><div class='nav'><a href='/'>首页</a></div><h1>山里徒步三天记</h1>"
        f"<div class='post'><div class='show-content'>{first}</div>{box}</ul></div>"
        f"<div class='{second_class}'>{second}</div></div></body></html>"
    )


def test_article_split_across_sibling_parts_is_read_whole():
    """Two parts of one post in sibling elements of one kind, a recommendation box between
    them: both parts, never the box."""
    lines = list(extract_article(_split_post("show-content")).paragraphs)
    assert len(lines) == 6
    assert lines[-1].startswith("第二部分第1段")
    assert not any("推荐阅读" in line for line in lines)


def test_a_sibling_of_another_kind_is_not_a_part():
    lines = list(extract_article(_split_post("author-note")).paragraphs)
    assert len(lines) == 4


def test_note_keeps_its_chapters_not_cards_toolbar_or_replies():
    """A note (a Douban-like 日记): chapter titles written as paragraphs stay, also the one
    right after an embedded book card; the card, the like/share bar, the end marker and the
    replies go."""
    lines = _lines("note_page.html")
    assert lines[0] == "Twenty Stories of Rain."
    for chapter in ["第一章：春雨", "第二章：梅雨", "第三章：暴雨"]:
        assert chapter in lines
    # The story's last sentence ends the body; the standalone end marker after it goes,
    # as it does on news pages.
    assert lines[-1].startswith("那年夏天的暴雨让我们在车站困了一夜")
    assert "（完）" not in lines
    body = "\n".join(lines)
    for furniture in ["7.9", "某出版社", "收藏", "谢谢你的分享", "给十年后的自己"]:
        assert furniture not in body


def test_labels_and_list_titles_do_not_lead_into_prose():
    """After furniture, a short label or a list title right before prose stays out; a
    heading or a verse line cut at a comma goes in."""
    story = "<p>这一段是故事的正文，讲的是一位老师在山村小学教书二十年的经历和感受。</p>"
    links = "<div>" + "".join(f"<a href='/t{i}'>标签{i}</a> " for i in range(6)) + "</div>"

    def kept_after_links(short: str) -> list[str]:
        html = f"<html><body><div class='post'>{story}{links}{short}{story}</div></body></html>"
        return [line.text for line in select_body(read_page(html).lines).kept]

    assert "相关阅读" not in kept_after_links("<p>相关阅读</p>")
    assert "作者：某某" not in kept_after_links("<p>作者：某某</p>")
    assert "第二节 回到山村" in kept_after_links("<p>第二节 回到山村</p>")
    assert "山路弯弯十八里，" in kept_after_links("<p>山路弯弯十八里，</p>")
    assert "回到山村" in kept_after_links("<h3>回到山村</h3>")


def test_encyclopedia_contents_box_of_plain_items_and_fact_list_stay_out():
    """An encyclopedia page (paragraphs in <div>s): a contents box whose items are plain
    text naming the sections, and a definition list of facts, are not the article."""
    summary = "<div class='para'>青石镇是溪山县下辖的一个镇，因镇北山中多青色石灰岩而得名。</div>"
    facts = (
        "<dl class='basic-info'><dt>中文名</dt><dd>青石镇</dd><dt>面积</dt><dd>86平方公里</dd></dl>"
    )
    contents = (
        "<div class='catalog'><ol>"
        + "".join(
            f"<li><span class='index'>{i}</span> <span class='text'>{name}</span></li>"
            for i, name in enumerate(["历史", "地理", "经济"], 1)
        )
        + "</ol></div>"
    )
    sections = "".join(
        f"<h2>{name}</h2><div class='para'>这里写的是青石镇{name}方面的情况，内容来自县志。</div>"
        for name in ["历史", "地理", "经济"]
    )
    html = (
        "<html><head><title>青石镇_百科</title></head><body><h1>青石镇</h1>"
        f"<div class='main-content'>{summary}{facts}{contents}{sections}</div></body></html>"
    )
    lines = list(extract_article(html).paragraphs)
    assert lines[0].startswith("青石镇是溪山县下辖的一个镇")
    assert lines[1:3] == ["历史", "这里写的是青石镇历史方面的情况，内容来自县志。"]
    assert "中文名" not in lines
    assert "86平方公里" not in lines
    assert len(lines) == 7
