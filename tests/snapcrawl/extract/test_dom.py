from __future__ import annotations

from lxml import etree

from snapcrawl.extract.dom import flatten, is_noise_region, parse_html, strip_furniture


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
        "<form><input value='搜索'><p>表单里的字留下</p></form>"
        "<div style='display: none'>隐藏的副本</div><div hidden>也隐藏</div><!-- 注释 -->"
    )
    assert _lines(markup) == ["正文", "表单里的字留下"]


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
    el = lambda attrs: etree.fromstring(f"<div {attrs}></div>")  # noqa: E731
    assert is_noise_region(el('class="related-list"'))
    assert is_noise_region(el('class="reply-text"'))  # furniture word wins inside one name
    assert is_noise_region(el('id="sideBar"'))
    assert not is_noise_region(el('class="content ad-free"'))  # a plain content name vetoes
    assert not is_noise_region(el('class="article-body"'))
    assert not is_noise_region(el('class="navigate-free-text"'))
