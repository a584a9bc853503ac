"""The speed shortcuts give what the plain walks they replaced give.

``flatten`` reads ``root.iter()`` and takes end events off a stack (not ``iterwalk``) and
hands each line its ancestors; ``structured.survey`` collects in one walk what separate
``iter(tag)`` walks found; ``parse_html`` gives libxml2 UTF-8 bytes instead of a ``str``.
Each is checked here against the slow way, on trees built to hit the edge cases.
"""

from __future__ import annotations

import random

from lxml import etree

from snapcrawl.extract.dom import parse_html
from snapcrawl.extract.furniture import strip_furniture
from snapcrawl.extract.meta import read_head
from snapcrawl.extract.structured import survey
from snapcrawl.extract.walk import flatten


def _events(root: etree._Element) -> list[tuple[str, etree._Element]]:
    return list(etree.iterwalk(root, events=("start", "end")))


def _text_by_iterwalk(root: etree._Element) -> str:
    """Every text and tail in the order iterwalk visits them (comments and their tails are
    not visited): what ``flatten`` must read, line breaks aside."""
    out = [root.text or ""]
    for event, el in _events(root)[1:-1]:
        out.append((el.text if event == "start" else el.tail) or "")
    return "".join(out)


def _random_markup(rng: random.Random, depth: int = 0) -> str:
    if depth > 4 or rng.random() < 0.3:
        return rng.choice(["字", " ", "", "句子。"])
    tag = rng.choice(["div", "p", "a", "br", "span", "h2", "li", "td", "b"])
    inner = "".join(_random_markup(rng, depth + 1) for _ in range(rng.randint(0, 3)))
    comment = "<!--注-->后" if rng.random() < 0.2 else ""
    href = ' href="/x"' if tag == "a" else ""
    return f"<{tag}{href}>{rng.choice(['', '头'])}{inner}{comment}</{tag}>{rng.choice(['', '尾'])}"


def test_flatten_reads_the_text_iterwalk_reads_and_ancestors_match_the_tree():
    rng = random.Random(7)
    comments = etree.HTMLParser()  # keeps comments: their text and tails are not lines
    for _ in range(300):
        markup = "<html><body>" + "".join(_random_markup(rng) for _ in range(4)) + "</body></html>"
        root = etree.fromstring(markup, comments)
        for top in (root, *root.iter("div")):  # a subtree too: its ancestors above it count
            lines = flatten(top)
            joined = "".join(line.text for line in lines).replace(" ", "")
            assert joined == "".join(_text_by_iterwalk(top).split()).replace("注", "")
            for line in lines:
                assert line.ancestors == (line.owner, *line.owner.iterancestors())


def test_flatten_closes_blocks_left_open_at_the_end():
    root = parse_html("<div><p>一<b>二</b></p>三<div>四<a href='/a'>五</a></div></div>")
    lines = flatten(root)
    assert [line.text for line in lines] == ["一二", "三", "四五"]
    assert [line.owner.tag for line in lines] == ["p", "div", "div"]
    assert lines[2].link_chars == 1
    assert lines[2].hrefs == ("/a",)


def test_survey_finds_what_separate_walks_find():
    markup = (
        "<html><head><title>题</title><meta name='author' content='甲'></head><body>"
        "<nav class='breadcrumb'><a>首页</a><a>国内</a></nav><aside><h1>题</h1></aside>"
        "<span class='author-name'>乙</span><div style='display:none'>藏</div><p hidden>也</p>"
        "<time datetime='2024-01-02'></time><script>var ct='1700000000'</script>"
        "<footer><div style='display:none'>页脚里</div></footer></body></html>"
    )
    root = parse_html(markup)
    found = survey(root)
    assert found.head == list(root.iter("title", "meta", "time"))
    assert found.asides == list(root.iter("aside"))
    assert found.footers == list(root.iter("footer"))
    assert found.scripts == list(root.iter("script"))
    assert found.styled == [
        el for el in root.iter() if el.get("style") or el.get("hidden") is not None
    ]
    assert [el.tag for el in found.marked] == ["nav", "span"]
    assert survey(root, marks=False).marked == []
    assert read_head(root, found.head) == read_head(root)


def test_survey_matches_tags_in_document_order_and_marks_only_the_read_tags():
    """What a faster walk must keep (one tried matched the tags with ``iter(*tags)``):
    each list in document order across tags, no mark on a tag no reader reads (an ``<li>``,
    a ``<td>``), and a subtree's survey inside the subtree."""
    markup = (
        "<html><head><meta name='a' content='1'><title>题</title></head><body>"
        "<time datetime='2024-05-06'></time><meta name='b' content='2'>"
        "<ul><li class='byline'>丙</li></ul><table><tr><td class='source'>丁</td></tr></table>"
        "<div id='box'><em class='writer'>戊</em><select><option>一</option></select>"
        "<input type='radio'><textarea>留言</textarea><cite rel='author'>己</cite></div>"
        "</body></html>"
    )
    root = parse_html(markup)
    found = survey(root)
    assert [el.tag for el in found.head] == ["meta", "title", "time", "meta"]
    assert [el.tag for el in found.inputs] == ["select", "input", "textarea"]
    assert [el.tag for el in found.marked] == ["em", "cite"]
    box = next(root.iter("div"))
    inner = survey(box)
    assert inner.head == []
    assert [el.tag for el in inner.marked] == ["em", "cite"]
    assert inner.elements == list(box.iter(etree.Element))


def test_strip_furniture_with_surveyed_styled_elements_strips_the_same():
    markup = (
        "<body><nav><div style='display:none'>导航里的</div></nav><p>正文一句。</p>"
        "<div style='visibility: hidden'>隐藏</div>尾巴<footer><p hidden>脚</p></footer></body>"
    )
    plain, surveyed = parse_html(markup), parse_html(markup)
    strip_furniture(plain)
    strip_furniture(surveyed, survey(surveyed).styled)
    assert etree.tostring(plain) == etree.tostring(surveyed)
    assert [line.text for line in flatten(surveyed)] == ["正文一句。", "尾巴"]


def test_parse_html_bytes_path_builds_the_tree_a_str_builds():
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, recover=True)
    pages = [
        "\ufeff<p>字节序标记</p>",
        "<meta charset='gbk'><p>声明了别的编码</p>",
        "<p>😀 𠀀 é \x85 \u2028 控制\x01字符</p>",
        "  <?xml version='1.0' encoding='gbk'?><p>前面有空格的声明</p>",
    ]
    for page in pages:
        assert etree.tostring(parse_html(page)) == etree.tostring(etree.fromstring(page, parser))
    # lxml refuses a str that declares an encoding; an unclosed declaration stays refused
    assert parse_html("<?xml version='1.0' encoding='gbk'><p>x</p>") is None
    # a lone surrogate cannot be UTF-8: the str is parsed as it is
    assert parse_html("<p>半个\ud800字符</p>") is not None
