from __future__ import annotations

from snapcrawl.extract import meta, noise
from snapcrawl.extract.notice_gate import may_be_host_text
from snapcrawl.extract.page import read_page

_PAGE = """<html><body><div>
<p>海港市今天举行了新闻发布会，介绍了今年上半年的经济运行情况。</p>
<p>本站所有文章均来自互联网，如有侵权请联系删除。</p>
<p>以下文章来源于海港日报 ，作者王敏</p>
<p>快照时间：2025-05-20 22:30</p>
<p>原文地址：http://news.example.com/a.html</p>
<p>{long}原文地址：http://news.example.com/b.html</p>
<p>{long}本站声明，转载请注明出处。</p>
<p>记者 王敏</p>
</div></body></html>"""


def test_every_line_a_notice_or_host_label_test_flags_is_a_candidate():
    """The gate may let story lines through, never hold a notice or a host label back: a
    notice of each family, a repost card, host labels (also on a line too long for a
    notice), and a long line with notice words, which no notice test flags."""
    long = "经济运行总体平稳，" * 30
    lines = read_page(_PAGE.format(long=long)).lines
    maybe = may_be_host_text(lines)
    flagged = [
        line
        for line in lines
        if noise.line_notice_strength(line, ("example.com",)) or meta.host_label(line.text)
    ]
    assert len(flagged) == 5
    assert all(line in maybe for line in flagged)
    assert lines[0] not in maybe  # the story
    assert lines[-1] not in maybe  # a byline
    assert lines[-2] not in maybe  # too long for a notice and no label's colon
