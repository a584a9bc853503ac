"""The outlet's social account linked after its name on the meta line (issue 14, session 38,
h-fld2): "2012年01月17日 18:45 IT168.com <a>微博</a>" names the provider, then links to its
微博 account. The link's word is no writer: the posting account read from the dated line
(accounts.posting_account) is no one when it is a control's or a social link's word.

Tested on a reduced copy of the DAnIEL page 20120117_tech.sina.com.cn_4b3e1627… (rundimeco/
waddle, commit be875ce, corpora/Corpus_daniel_v2.1/html/; tests/fixtures/extract/real_fld2/)
and on made-up wordings of the word (bracketed, the other accounts a page links to).
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.control_words import is_control_word

from .conftest import fixture_bytes


def test_the_outlets_weibo_link_is_no_author_real() -> None:
    article = extract_article(fixture_bytes("real_fld2/sina_outlet_weibo_link.html"), None)
    assert article.source == "IT168.com"
    assert article.author is None
    assert article.paragraphs[0].startswith("【IT168 行情】")


def test_a_social_links_word_is_a_control_other_wordings() -> None:
    for word in ("微博", "[微博]", "【微信】", "博客", " [博客] "):
        assert is_control_word(word), word
    for name in ("林木", "微博控", "博客中国", "河畔晚报微博"):
        assert not is_control_word(name), name
