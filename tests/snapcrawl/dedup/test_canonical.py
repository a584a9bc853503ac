from __future__ import annotations

import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

from snapcrawl.dedup.canonical import (
    TRACKING_PARAMS,
    canonicalize_url,
    is_tracking_param,
    url_host,
)


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
