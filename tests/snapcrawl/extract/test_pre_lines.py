"""A code block keeps its line breaks: each line of a ``<pre>`` is a line of the body.

Our own small fixtures: a blog post with a listing between its paragraphs.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.dom import parse_html
from snapcrawl.extract.walk import flatten

LISTING = """import csv

totals = {}
with open("yield.csv") as f:
    for row in csv.DictReader(f):
        totals[row["orchard"]] = totals.get(row["orchard"], 0) + float(row["kg"])
print(totals)
"""


def post(listing: str) -> str:
    return (
        "<html><head><title>用 Python 统计果园产量_技术_示例网</title></head><body>"
        "<div class='post'><h1>用 Python 统计果园产量</h1>"
        "<p>合作社今年开始用表格记录每棵果树的产量，下面这段小程序可以把每天的记录加起来，"
        "算出每个果园的总产量。</p>"
        f"<pre><code>{listing}</code></pre>"
        "<p>运行之后，程序会打印出每个果园的名字和它今年到目前为止的总产量，单位是公斤，"
        "方便合作社对账。</p>"
        "<p>如果要按月份统计，只需要在字典的键里加上月份，再把结果写回一个新的表格文件就可以了。</p>"
        "</div></body></html>"
    )


def test_each_line_of_a_code_block_is_a_paragraph():
    article = extract_article(post(LISTING))
    code = [line.strip() for line in LISTING.splitlines() if line.strip()]
    start = article.paragraphs.index(code[0])
    assert list(article.paragraphs[start : start + len(code)]) == code


def test_code_block_lines_are_separate_lines_of_the_page():
    lines = [ln.text for ln in flatten(parse_html(post(LISTING)))]
    assert "print(totals)" in lines
    assert 'with open("yield.csv") as f:' in lines


def test_a_one_line_pre_is_one_line():
    lines = [ln.text for ln in flatten(parse_html(post("pip install pandas")))]
    assert "pip install pandas" in lines


def test_line_breaks_outside_pre_still_join():
    html = "<html><body><p>果园\n今年\n丰收</p></body></html>"
    assert [ln.text for ln in flatten(parse_html(html))] == ["果园 今年 丰收"]
