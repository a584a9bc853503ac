"""A whole bracketed sign-off line (issue 14, session 38, h-fld2): the outlet or the writer, a
slash and the report's word ("（米妮 / 綜合報導）", "（河畔新聞網／綜合報導）"), or the writers
with the paper's reporter last ("（许开踟 本报记者 叶素健）"), standing between or after the
paragraphs, is the story's credit: the body drops it (report_signoffs.bracketed_signoff).

The real lines are quoted from pages of transTerminus/webpage_archive (commit f987f5e):
raw/unclassify_news/pm-news_【隠藏生殖器】….html and raw/sina.cn/news_“变性人”要做“变声术”
.html, which kept them in the body. Reduced copies of both (tests/fixtures/extract/real_fld2/)
check the sign-off stays out of the body and its writer is the author; made-up wordings check
the shape.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.report_signoffs import bracketed_signoff

from .conftest import fixture_bytes


def test_bracketed_signoffs_are_credits_real() -> None:
    for line in ("（米妮 / 綜合報導）", "（许开踟 本报记者 叶素健）"):
        assert bracketed_signoff(line), line
        assert is_credit(line), line


def test_bracketed_signoffs_are_credits_other_wordings() -> None:
    for line in (
        "(河畔晚报/报道)",
        "（河畔新聞網／綜合報導）",
        "（林木／編譯報導）",
        "（河畔新闻网 ╱ 综合报道）",
        "（王小明 李四 本報記者 張三）",
    ):
        assert bracketed_signoff(line), line
    for line in (
        "（台北／綜合報導）",  # a place, no outlet or writer: left to the other readers
        "（为保护当事人的合法权益，本组报道中刘星为化名）",  # a note, not a credit
        "（以下為她的私密獨白，由記者訪問後以第一人稱寫成。）",
        "（下雨天 本报记者 都在）",  # not names before the reporter
    ):
        assert not bracketed_signoff(line), line


def test_the_signoff_stays_out_of_the_body_real() -> None:
    article = extract_article(fixture_bytes("real_fld2/pmnews_bracketed_signoff.html"), None)
    assert article.author == "米妮"
    assert "（米妮 / 綜合報導）" not in article.paragraphs
    assert article.paragraphs[-3].startswith("巴爾博醫生表示")
    article = extract_article(fixture_bytes("real_fld2/sinacn_bracketed_signoff.html"), None)
    assert article.author == "叶素健"
    assert article.paragraphs[-1].startswith("滁州市第一人民医院")
