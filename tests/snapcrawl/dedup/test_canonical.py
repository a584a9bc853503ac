from __future__ import annotations

import doctest
from urllib.parse import unquote_to_bytes

import pytest
from hypothesis import given
from hypothesis import strategies as st

from snapcrawl.dedup.canonical import (
    TRACKING_PARAMS,
    canonical_or_as_is,
    canonicalize_url,
    is_tracking_param,
    url_host,
)

GBK_US = "%C3%C0%B9%FA"  # 美国 in GBK: not UTF-8
GBK_KR = "%BA%AB%B9%FA"  # 韩国 in GBK


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://news.example.com/a/1.html", "http://news.example.com/a/1.html"),
        ("HTTP://News.Example.COM/a/1.html", "http://news.example.com/a/1.html"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("http://example.com/a#comments", "http://example.com/a"),
        ("http://example.com/a?b=2&a=1", "http://example.com/a?a=1&b=2"),
        ("http://example.com/a?id=7&utm_source=wx&utm_medium=share", "http://example.com/a?id=7"),
        ("http://example.com/a?id=7&UTM_Campaign=x", "http://example.com/a?id=7"),
        ("http://example.com/a?id=7&from=rss", "http://example.com/a?id=7"),
        ("http://example.com/a?from=timeline&isappinstalled=0", "http://example.com/a"),
        ("http://example.com/a?spm=a2c4g.1&id=3", "http://example.com/a?id=3"),
        (
            "http://example.com/2026/11/post.html?replytocom=12#respond",
            "http://example.com/2026/11/post.html",
        ),
        (
            "https://mp.weixin.qq.com/s?__biz=MzA&mid=26&idx=1&sn=ab&chksm=9f&scene=21",
            "https://mp.weixin.qq.com/s?__biz=MzA&idx=1&mid=26&sn=ab",
        ),
        ("http://example.com/a?page=2&p=3", "http://example.com/a?p=3&page=2"),
        ("http://example.com/a?flag", "http://example.com/a?flag="),
        (
            "http://example.com/新闻/1?q=中文",
            "http://example.com/%E6%96%B0%E9%97%BB/1?q=%E4%B8%AD%E6%96%87",
        ),
        ("http://example.com/%e4%b8%ad", "http://example.com/%E4%B8%AD"),
        ("http://例子.中国/a", "http://xn--fsqu00a.xn--fiqs8s/a"),
        ("http://[::1]:8080/a?from=rss", "http://[::1]:8080/a"),
        ("http://example.com", "http://example.com/"),
        ("  http://example.com/a  ", "http://example.com/a"),
    ],
)
def test_canonicalize_url(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"http://old.cn/list.asp?cat={GBK_US}", f"http://old.cn/list.asp?cat={GBK_US}"),
        (f"http://old.cn/list.asp?cat={GBK_KR}&p=2", f"http://old.cn/list.asp?cat={GBK_KR}&p=2"),
        (f"http://old.cn/list.asp?p=2&cat={GBK_KR}", f"http://old.cn/list.asp?cat={GBK_KR}&p=2"),
        (f"http://old.cn/s.asp?%CB%D1={GBK_US}&from=rss", f"http://old.cn/s.asp?%CB%D1={GBK_US}"),
        (f"http://old.cn/list.asp?cat={GBK_US.lower()}", f"http://old.cn/list.asp?cat={GBK_US}"),
        ("http://a.cn/x?id=3&sid=8f2a9c", "http://a.cn/x?id=3"),
        ("http://a.cn/x?id=3&SID=8f2a9c&PHPSESSID=77", "http://a.cn/x?id=3"),
        ("http://a.cn/x?jsessionid=0A&id=3&sessionid=1", "http://a.cn/x?id=3"),
        ("http://a.cn/x.asp?id=3&ASPSESSIONIDQQCTRBTA=KLM", "http://a.cn/x.asp?id=3"),
        ("http://a.cn/x?id=3&session_id=9&sessid=9", "http://a.cn/x?id=3"),
        ("http://a.cn/news/1.jsp;jsessionid=0A1B2C?id=3", "http://a.cn/news/1.jsp?id=3"),
        ("http://a.cn/news/1.php;PHPSESSID=ab12", "http://a.cn/news/1.php"),
        ("http://a.cn/a;jsessionid=1/b.jsp", "http://a.cn/a/b.jsp"),
        ("http://a.cn/x?sidebar=1&ssid=2", "http://a.cn/x?sidebar=1&ssid=2"),
    ],
)
def test_query_bytes_kept_and_session_ids_dropped(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected


def test_two_gbk_lists_stay_two_urls() -> None:
    """Decoded as UTF-8 both became cat=%EF%BF%BD... and the second list was lost."""
    us = canonicalize_url(f"http://old.cn/list.asp?cat={GBK_US}")
    kr = canonicalize_url(f"http://old.cn/list.asp?cat={GBK_KR}")
    assert us != kr
    assert "%EF%BF%BD" not in us + kr


@given(st.binary(min_size=1, max_size=12))
def test_any_percent_encoded_query_bytes_survive(raw: bytes) -> None:
    encoded = "".join(f"%{byte:02X}" for byte in raw)
    canonical = canonicalize_url(f"http://a.cn/list?q={encoded}")
    value = canonical.split("?q=", 1)[1]
    assert unquote_to_bytes(value.replace("+", "%20")) == raw


def test_bad_port_raises() -> None:
    with pytest.raises(ValueError, match="Port"):
        canonicalize_url("http://example.com:abc/a")


@pytest.mark.parametrize("name", ["utm_source", "utm_anything", "From", "SPM", "scene"])
def test_tracking_params(name: str) -> None:
    assert is_tracking_param(name)


@pytest.mark.parametrize("name", ["id", "page", "p", "aid", "docid", "fromage"])
def test_content_params_kept(name: str) -> None:
    assert not is_tracking_param(name)
    assert name.lower() not in TRACKING_PARAMS


_segment = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=8
)
_urls = st.builds(
    lambda scheme, host, port, path, query, frag: (
        f"{scheme}://{host}{port}/{'/'.join(path)}?{'&'.join(f'{k}={v}' for k, v in query)}#{frag}"
    ),
    st.sampled_from(["http", "https", "HTTP"]),
    st.sampled_from(["example.com", "News.Example.COM", "例子.中国", "127.0.0.1"]),
    st.sampled_from(["", ":80", ":443", ":8080"]),
    st.lists(_segment, max_size=3),
    st.lists(
        st.tuples(st.sampled_from(["a", "b", "utm_x", "from", "id", "中"]), _segment), max_size=4
    ),
    _segment,
)


@given(_urls)
def test_canonicalize_url_idempotent(url: str) -> None:
    once = canonicalize_url(url)
    assert canonicalize_url(once) == once


def test_doctests() -> None:
    import snapcrawl.dedup.canonical as module

    assert doctest.testmod(module).failed == 0


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://127.0.0.1:8701/a.html", "127.0.0.1:8701"),
        ("http://News.Example.CN/a.html", "news.example.cn"),
        ("http://news.example.cn:80/a.html", "news.example.cn"),
        ("https://news.example.cn:443/", "news.example.cn"),
        ("https://news.example.cn:8443/", "news.example.cn:8443"),
        ("http://[::1]:8000/", "[::1]:8000"),
        ("http://h.test:abc/", "h.test"),
        ("not a url", None),
        (None, None),
    ],
)
def test_the_host_column_keeps_a_non_default_port(url, host):
    assert url_host(url) == host


def test_a_url_that_cannot_be_canonicalised_is_its_own_key():
    assert canonical_or_as_is("http://a.cn/x.html?utm_source=rss") == "http://a.cn/x.html"
    assert canonical_or_as_is("http://a.cn:99999/x.html") == "http://a.cn:99999/x.html"
