"""Blog and tech-site posts (set BL1, session 32): a listing's gutter and copy button, a post's
stamp line of date and counters, a resources list, a topic word of the host's voice.

Made-up reduced pages with wordings other than the set's; the shapes are those of 2024 blog
platforms (a highlighter's line numbers beside the code, a "复制代码" button inside the
``pre``, "name date 字数 N 阅读 N" over the story, "<li><a>名称</a>：简介</li>" items).
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.code_furniture import gutter_lines
from snapcrawl.extract.control_words import is_control_word
from snapcrawl.extract.counted_stamp import is_collected_in, is_counted_stamp, is_english_date
from snapcrawl.extract.dom import Line
from snapcrawl.extract.summary_boxes import bare_copy_of_box, cut_teaser

URL = "https://devlog.example.org/p/2024/0612.html"
OPENING = "上个月把团队的定时任务从 crontab 迁到了一个轻量的调度服务，这里整理迁移时写下的笔记。"
CLOSING = "迁移之后，任务失败会自动告警，再也不用半夜登录服务器翻日志了，整体运维负担轻了不少。"


def _post(body: str, over: str = "", title: str = "把 crontab 迁到调度服务的笔记") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title} - 夜读代码</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/archive'>归档</a>"
        "<a href='/me'>关于</a></div>"
        f"<div class='post'><h1>{title}</h1>{over}<div class='post-body'>{body}</div>"
        "<div class='post-foot'>标签：<a>运维</a><a>调度</a></div></div>"
        "<div class='footer'>© 2024 夜读代码 · 蜀ICP备2024001234号-1</div></body></html>"
    )


def _paragraphs(html: str) -> list[str]:
    return list(extract_article(html, URL).paragraphs)


def test_a_listings_line_numbers_and_copy_button_leave_its_code() -> None:
    code = "schedule:\n  every: 5m\n  run: ./sync.sh"
    gutter = "".join(f"<li>{i}</li>" for i in range(1, 4))
    body = (
        f"<p>{OPENING}</p><p>新的任务写成一个 YAML 文件，放在仓库的 jobs 目录下面即可被发现。</p>"
        f"<pre><code>{code}</code><ul class='nums'>{gutter}</ul>"
        "<span class='btn'>复制代码</span></pre>"
        f"<p>{CLOSING}</p>"
    )
    paragraphs = _paragraphs(_post(body))
    assert "run: ./sync.sh" in paragraphs
    assert not any(p in ("1", "2", "3") for p in paragraphs)
    assert not any("复制" in p for p in paragraphs)


def test_a_gutter_is_a_run_from_one() -> None:
    def line(text: str, i: int) -> Line:
        return Line(text=text, owner=None, index=i)  # type: ignore[arg-type]

    texts = ["开头一段", "1", "2", "3", "4", "结尾", "2", "3", "4"]
    assert gutter_lines([line(t, i) for i, t in enumerate(texts)]) == {1, 2, 3, 4}
    assert gutter_lines([line(t, i) for i, t in enumerate(["1", "2", "正文"])]) == set()


def test_a_stamp_line_of_name_date_and_counters_leaves_the_story() -> None:
    over = (
        "<div class='stamp'><span>沈砚</span><span>2024-06-12 08:05</span>"
        "<span>字数 1840</span><span>阅读 977</span></div>"
    )
    body = f"<p>{OPENING}</p><p>{CLOSING}</p>"
    paragraphs = _paragraphs(_post(body, over=over))
    assert paragraphs == [OPENING, CLOSING]


def test_stamp_shapes() -> None:
    assert is_counted_stamp("3.12024.06.12 08:05:09字数 1840阅读 1,977")
    assert is_counted_stamp("更新于 2024年6月12日 作者 沈砚")
    assert not is_counted_stamp("2024年6月12日，调度服务上线首日共运行任务三千次")
    assert not is_counted_stamp("2024年6月12日 市第三中级人民法院公开宣判此案")
    assert is_english_date("Jun 12, 2024")
    assert is_english_date("12 June 2024")
    assert not is_english_date("June 2024 was hot")
    assert is_collected_in("本文已收录于专栏：运维那些事")
    assert not is_collected_in("这批文物已被收录于国家名录，成为当地第一批入选的项目之一")


def test_a_resources_list_of_link_and_description_items_stays() -> None:
    items = [
        ("《分布式任务调度：原理与实践》英文版", "讲原理，适合深入阅读。"),
        ("社区模板合集", "收了上百个常见任务的写法，拿来改改就能用，省去很多摸索。"),
    ]
    lis = "".join(
        f"<li><a href='https://ex.org/{i}'>{a}</a>：{b}</li>" for i, (a, b) in enumerate(items)
    )
    body = f"<p>{OPENING}</p><h2>入门资料</h2><ul>{lis}</ul><p>{CLOSING}</p>"
    paragraphs = _paragraphs(_post(body))
    for a, b in items:
        assert f"{a}：{b}" in paragraphs


def test_the_topic_word_of_a_post_is_not_the_hosts_voice() -> None:
    body = (
        f"<p>{OPENING}</p><p>镜像仓库选的是自建的 Harbor，所有镜像按项目分组存放。</p>"
        "<p>为了节省空间，超过三十天没有被拉取过的镜像会被自动清理。</p>"
        "<p>在我们的集群里，镜像拉取时间从平均四十秒降到了八秒左右。</p>"
    )
    html = _post(body, title="自建镜像仓库的一点经验")
    assert "在我们的集群里，镜像拉取时间从平均四十秒降到了八秒左右。" in _paragraphs(html)


def test_a_teaser_cut_short_and_a_box_shown_twice() -> None:
    story = "随着边缘计算的普及，越来越多的摄像头开始在本地完成识别，不再把视频全部传回机房。"
    assert cut_teaser("【本刊 观察】随着边缘计算的普及，越来越多的摄像头……", [story])
    assert not cut_teaser("随着边缘计算的普及……", [story])  # too short to be the opening
    assert bare_copy_of_box(story, ["【导读】" + story])
    assert not bare_copy_of_box(story, [story + "另一句。"])


def test_a_button_is_no_author() -> None:
    for button in ("+加关注", "关注", "首页"):
        assert is_control_word(button)
    for name in ("沈砚", "夜读代码"):
        assert not is_control_word(name)


def test_a_heading_linked_to_its_post_is_the_title() -> None:
    title = "给家里的打印机配上网络共享"
    html = (
        f"<html><head><meta charset='utf-8'><title>{title} - 半山小记</title>"
        f"<meta property='og:title' content='{title}'></head><body>"
        "<header><a class='logo' href='/'>半山小记</a><p class='tagline'>写点折腾的事</p></header>"
        f"<article><h2 class='entry-title'><a href='/p/88'>{title}</a></h2>"
        "<div class='meta'>2024-05-02</div><div class='entry'>"
        f"<p>{OPENING}</p><h2>准备工作</h2><p>{CLOSING}</p></div></article></body></html>"
    )
    article = extract_article(html, URL)
    assert article.title == title
    assert "准备工作" in article.paragraphs
