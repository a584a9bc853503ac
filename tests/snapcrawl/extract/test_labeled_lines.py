from __future__ import annotations

from snapcrawl.extract import meta
from snapcrawl.extract.labeled_lines import label_index, labeled_positions
from snapcrawl.extract.page import read_page
from snapcrawl.extract.vocab import LABELS

_PAGE = """<html><body><div>
<p>海港市今天举行了新闻发布会：介绍了今年上半年的经济运行情况。</p>
<p>发布时间：2025-05-20 10:00　来源：海港日报　栏目：本地新闻</p>
<p>快照时间：2025-05-21 08:00</p>
<p>原文地址：http://news.example.com/a.html</p>
<p>没有标签的一行</p>
<p>责任编辑：王敏</p>
</div></body></html>"""


def test_each_field_lists_the_lines_its_reader_would_read():
    """Every line ``meta.labeled`` reads a value of a field from is listed under the field,
    in order, and only once; without an index every line with a colon is looked at."""
    lines = read_page(_PAGE).lines
    index = label_index(lines)
    for field in LABELS:
        expected = [
            pos for pos, line in enumerate(lines) if meta.labeled(line.text, field) is not None
        ]
        assert index.get(field, []) == expected
    assert index["category"] == [1]
    assert index["snapshot_at"] == [2]
    assert list(labeled_positions(lines, "category", None)) == [0, 1, 2, 3, 5]


def test_readers_give_the_same_value_with_and_without_the_index():
    lines = read_page(_PAGE).lines
    index = label_index(lines)
    assert meta.extract_field(lines, "category", index) == "本地新闻"
    assert meta.extract_field(lines, "category") == "本地新闻"
    url = "http://news.example.com/a.html"
    assert meta.extract_source_url(lines, None, index) == url
    assert meta.extract_source_url(lines, None) == url
    assert meta.extract_snapshot_at(lines, index) == meta.extract_snapshot_at(lines)
    assert meta.extract_snapshot_at(lines, index).hour == 8
