"""Requests in Redis are JSON: they round-trip, and anything else is refused, never run."""

from __future__ import annotations

import os
import pickle

import pytest
from scrapy import Request, Spider
from scrapy.http import FormRequest
from scrapy.utils.request import request_from_dict

from crawler.distributed.serialize import REQUEST_CODEC, RefusedEntry


class Site(Spider):
    name = "site"

    def parse_article(self, response):  # pragma: no cover - only named
        return None


class RunsCode:
    """What a pickle payload would do: ``pickle.loads`` calls os.system."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def roundtrip(request: Request, spider: Spider) -> Request:
    data = REQUEST_CODEC.dumps(request.to_dict(spider=spider))
    return request_from_dict(REQUEST_CODEC.loads(data), spider=spider)


def test_a_request_round_trips_through_json():
    spider = Site()
    request = Request(
        "http://a.example/列表.html?cat=%C3%C0",
        callback=spider.parse_article,
        headers={"Referer": "http://a.example/"},
        body=b"\xff\x00raw",
        method="POST",
        meta={"depth": 3, "redirect_urls": ["http://a.example/old"]},
        priority=-2,
        dont_filter=True,
    )
    back = roundtrip(request, spider)
    assert back.url == request.url
    assert back.callback == spider.parse_article
    assert back.body == b"\xff\x00raw"
    assert back.headers.getlist("Referer") == [b"http://a.example/"]
    assert (back.method, back.priority, back.dont_filter) == ("POST", -2, True)
    assert back.meta == {"depth": 3, "redirect_urls": ["http://a.example/old"]}
    assert type(roundtrip(FormRequest("http://a.example/f", formdata={"q": "1"}), spider)) is (
        FormRequest
    )


def test_a_pickle_payload_is_refused_and_never_run(tmp_path):
    marker = tmp_path / "pwned"
    payload = pickle.dumps({"url": "http://a.example/", "x": RunsCode(str(marker))})
    with pytest.raises(RefusedEntry, match="not JSON"):
        REQUEST_CODEC.loads(payload)
    assert not marker.exists()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"[1, 2]", "no url"),
        (b'{"url": 5}', "no url"),
        (b'{"url": "http://a.example/", "_class": "os.system"}', "not allowed"),
        (b'{"url": "http://a.example/", "callback": "__init__"}', "public spider method"),
        (b'{"url": "http://a.example/", "body": 5}', "wrong type"),
        (b'{"url": "http://a.example/", "body": "\\u4e2d"}', "not byte strings"),
    ],
)
def test_entries_that_are_not_our_json_requests_are_refused(data, reason):
    with pytest.raises(RefusedEntry, match=reason):
        REQUEST_CODEC.loads(data)


def test_meta_that_is_not_plain_data_is_named_when_stored():
    request = Request("http://a.example/", meta={"handle": object()})
    with pytest.raises(TypeError, match="cannot be stored in Redis as JSON"):
        REQUEST_CODEC.dumps(request.to_dict())
