from __future__ import annotations

from lxml import etree

from snapcrawl.extract.dom import is_noise_names, parse_html, strip_furniture
from snapcrawl.extract.walk import flatten


def _lines(markup: str) -> list[str]:
    root = parse_html(markup)
    strip_furniture(root)
    return [line.text for line in flatten(root)]


def test_br_runs_font_and_tables_become_lines():
    markup = (
        "<table><tr><td><font>第一行文字<br>第二行<b>加粗</b>文字</font></td>"
        "<td>第三格</td></tr></table><p>段落<a href='/x'>链接</a>尾巴</p>"
    )
    assert _lines(markup) == ["第一行文字", "第二行加粗文字", "第三格", "段落链接尾巴"]


def test_scripts_styles_forms_widgets_hidden_are_gone():
    markup = (
        "<script>var a='脚本';</script><style>.x{}</style><p>正文</p>"
        # a page wrapped in a form keeps its sentences (a small form's box of labels goes:
        # entry_boxes)
        "<form><input value='搜索'><p>表单里的字留下。</p></form>"
        "<div style='display: none'>隐藏的副本</div><div hidden>也隐藏</div><!-- 注释 -->"
    )
    assert _lines(markup) == ["正文", "表单里的字留下。"]


def test_link_share_and_heading_flags():
    root = parse_html("<h1>标题</h1><p>前<a href='/a'>链接文字</a></p>")
    strip_furniture(root)
    title, para = flatten(root)
    assert title.heading
    assert not para.heading
    assert para.link_chars == 4
    assert para.hrefs == ("/a",)


def test_content_inside_unclosed_head_is_still_read():
    markup = "<html><head><title>t</title><custom:tag><p>正文在这里</p></head></html>"
    assert "正文在这里" in _lines(markup)


def test_noise_region_names():
    def is_noise_region(attrs: str) -> bool:
        el = etree.fromstring(f"<div {attrs}></div>")
        return is_noise_names(el.get("class"), el.get("id"))

    assert is_noise_region('class="related-list"')
    assert is_noise_region('class="reply-text"')  # furniture word wins inside one name
    assert is_noise_region('id="sideBar"')
    assert not is_noise_region('class="content ad-free"')  # a plain content name vetoes
    assert not is_noise_region('class="article-body"')
    assert not is_noise_region('class="navigate-free-text"')


_STORY = "".join(
    f"<p>{s}</p>"
    for s in [
        "清晨的菜市场已经热闹起来，摊主们忙着摆放新鲜蔬菜。",
        "一位老顾客说，这里的豆腐每天现做，十几年来味道没有变过。",
        "市场管理处今年更换了顶棚和排水沟，雨天也不再积水。",
        "不少年轻人也开始到这里买菜，说是图个新鲜和热闹。",
        "管理处表示，下一步将增设电子秤复核点，方便顾客核对斤两。",
        "傍晚时分，最后一批摊主收拾好摊位，市场慢慢安静下来。",
    ]
)


def test_article_hidden_until_a_script_runs_is_kept():
    for style in ("visibility: hidden;", "opacity: 0", "display:none"):
        markup = (
            "<div class='menu'><a href='/'>首页</a></div>"
            f"<div id='main-text' style='{style}'>{_STORY}</div>"
            "<div style='display:none'><a href='/a'>往期回顾</a></div>"
        )
        lines = _lines(markup)
        assert "傍晚时分，最后一批摊主收拾好摊位，市场慢慢安静下来。" in lines, style
        assert "往期回顾" not in lines


def test_hidden_copy_beside_the_visible_story_still_goes():
    markup = (
        f"<div class='article'>{_STORY}</div>"
        f"<div class='print-copy' style='visibility:hidden'>{_STORY}</div>"
        "<div style='opacity:0'><p>分享到微信。分享到微博。</p></div>"
    )
    lines = _lines(markup)
    assert lines.count("清晨的菜市场已经热闹起来，摊主们忙着摆放新鲜蔬菜。") == 1
    assert "分享到微信。分享到微博。" not in lines


def test_content_after_a_stray_closing_html_tag_is_read():
    markup = (
        "<html><head><title>公报</title></head><body><div>页眉</div></body></html>\n"
        "<div class='article'><p>会议决定：批准发行特别国债。</p></div>"
        + " " * 300
        + "</body></html>"
    )
    assert "会议决定：批准发行特别国债。" in _lines(markup)
