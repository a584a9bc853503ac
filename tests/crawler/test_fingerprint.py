"""crawler/fingerprint.py: one fingerprint per page identity, whatever the link's spelling."""

from __future__ import annotations

from scrapy import Request
from scrapy.utils.test import get_crawler

from crawler.fingerprint import CanonicalFingerprinter


def fingerprint_of(url: str, method: str = "GET") -> bytes:
    return CanonicalFingerprinter().fingerprint(Request(url, method=method))


def test_spellings_of_one_page_share_a_fingerprint():
    plain = fingerprint_of("http://a.cn/show.asp?id=3&cat=%C3%C0%B9%FA")
    for url in [
        "http://a.cn/show.asp?cat=%C3%C0%B9%FA&id=3",
        "http://a.cn/show.asp?id=3&cat=%C3%C0%B9%FA&sid=1f2e",
        "http://a.cn/show.asp?id=3&sid=99&cat=%C3%C0%B9%FA&from=rss#top",
        "http://A.cn:80/show.asp;jsessionid=0A?id=3&cat=%C3%C0%B9%FA",
    ]:
        assert fingerprint_of(url) == plain, url


def test_pages_that_differ_keep_their_own():
    us = fingerprint_of("http://a.cn/list.asp?cat=%C3%C0%B9%FA")
    kr = fingerprint_of("http://a.cn/list.asp?cat=%BA%AB%B9%FA")
    assert us != kr
    assert fingerprint_of("http://a.cn/x?id=1") != fingerprint_of("http://a.cn/x?id=2")
    assert fingerprint_of("http://a.cn/x", "POST") != fingerprint_of("http://a.cn/x")


def test_the_project_settings_use_it():
    from crawler import settings

    crawler = get_crawler(
        settings_dict={k: getattr(settings, k) for k in dir(settings) if k.isupper()}
    )
    assert isinstance(crawler.request_fingerprinter, CanonicalFingerprinter)
