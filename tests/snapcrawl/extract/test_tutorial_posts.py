"""A tutorial post: steps in short lines with no sentence end, between code samples.

Blogs and developer sites write a how-to as headings, short instructions and code, few of
them ending a sentence; the page's tail rules (a widget's box past the last prose line, a
line sharing no words with the story) must not take the steps after the first sample for
the host's furniture. Made-up pages; the shapes are those of real saved blog posts.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

URL = "https://notes.example.net/post/42.html"


def _post(body: str, title: str = "给旧笔记本装上离线翻译工具") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_折腾笔记</title></head><body>"
        "<div class='top'><a href='/'>首页</a><a href='/tags'>标签</a></div>"
        f"<div class='entry'><h1>{title}</h1><div class='meta'>2024-05-18 22:41:07 发布</div>"
        f"<div class='entry-body'>{body}</div></div>"
        "<div class='foot'>© 折腾笔记 保留所有权利</div></body></html>"
    )


STEPS = (
    "<p>家里那台旧笔记本一直闲着，这周末给它装了个离线翻译工具，顺手记下步骤。</p>"
    "<p>## 1. 准备环境<br>先确认系统里有Python 3.10以上<br>没有的话去官网下载安装包</p>"
    "<pre><code>python3 --version\npip3 install --user lingo-offline</code></pre>"
    "<p>## 2. 下载语言包<br>中英两个方向各下载一次，大约六百兆</p>"
    '<pre><code>lingo fetch zh-en\nlingo fetch en-zh\ncache_dir = "改成你的目录"</code></pre>'
    "<p>&gt;几个参数的意思，备忘<br>fetch：下载指定方向的模型<br>cache_dir：模型放在哪里</p>"
    "<p>## 3. 试一下<br>终端里输入lingo zh-en 你好，能看到hello就说明装好了</p>"
)


def test_the_steps_after_each_sample_stay() -> None:
    paragraphs = extract_article(_post(STEPS), URL).paragraphs
    for line in (
        "## 2. 下载语言包",
        'cache_dir = "改成你的目录"',
        "cache_dir：模型放在哪里",
        "## 3. 试一下",
        "终端里输入lingo zh-en 你好，能看到hello就说明装好了",
    ):
        assert line in paragraphs
    assert paragraphs[-1] == "终端里输入lingo zh-en 你好，能看到hello就说明装好了"
    assert "© 折腾笔记 保留所有权利" not in paragraphs


def test_a_hosts_box_past_single_line_paragraphs_still_goes() -> None:
    # the story sets one line to a <p>; the host's two-line box after it is a widget
    story = (
        "<p>城东图书馆的自助借还机本周起延长服务时间，读者晚上十点前都能借还图书。</p>"
        "<p>馆方表示，夜间时段暂不提供人工咨询，遇到问题可以在服务台留言，次日统一回复。</p>"
    )
    box = (
        "<div class='svc'><span>扫码预约座位</span><br>"
        "<span>查看开放时间</span><i class='ico'></i></div>"
    )
    paragraphs = extract_article(
        _post(story + box, "城东图书馆自助借还延长到晚上十点"), URL
    ).paragraphs
    assert paragraphs[-1].startswith("馆方表示")
    assert "扫码预约座位" not in paragraphs
