"""``read_script_time`` tries its pattern only where a key can start; its answer must be
the one a plain ``search`` over each script gives (the leftmost match)."""

from __future__ import annotations

import pytest
from lxml import etree

from snapcrawl.extract.script_time import _SCRIPT_TIME, read_script_time

SCRIPTS = [
    'var x = {"pubtime":"2024-03-05 08:09:10"};',
    'var ct = "1709600000";',
    "window.publishTime = '2023/7/1 9:05';",
    "var firstPublishTime = '2022-12-31 23:59';",
    # a key glued to a word (no \\b) before the real one
    "xpubtime='2020-01-01 00:00'; pubDate: '2021-02-03 04:05:06'",
    # candidates that fail first: public, publisher, pubads
    "googletag.pubads(); public = 1; publisher='新华社'; publish_time = \"2019-09-09 09:09\"",
    "nothing here",
    "Publisher only, never a key",
]


def test_the_examples_hold_dates() -> None:
    assert sum(_expected(text) is not None for text in SCRIPTS) == 6


def _expected(text: str) -> str | None:
    match = _SCRIPT_TIME.search(text)
    return None if match is None else match["value"] or match["number"]


@pytest.mark.parametrize("text", SCRIPTS)
def test_script_time_is_the_leftmost_match(text: str) -> None:
    root = etree.fromstring(
        f"<html><head><script>{text}</script></head></html>", etree.HTMLParser()
    )
    found = read_script_time(root)
    expected = _expected(text)
    if expected is None:
        assert found is None
    elif expected.isdigit():
        assert found is not None
        assert found.startswith("2024-03-05T")
    else:
        assert found == expected.replace("/", "-")


# keys and values no earlier page had: unquoted epoch numbers (seconds, milliseconds)
# and the key spellings of other frameworks
NUMBERS = {
    'window.__INITIAL_STATE__={"readInfo":{"id":1,"pub_ts":1733212800,"title":"x"}}': (
        "2024-12-03T16:00:00+08:00"
    ),
    '{"publishedAt": 1733212800000, "views": 12}': "2024-12-03T16:00:00+08:00",
    "var publish_date = '2024-12-03 16:00';": "2024-12-03 16:00",
    '{"pubDate": 1733212800.5}': None,  # a float is no stamp this reads
    '{"pub_ts": 9999999999}': None,  # the year 2286: an id, not a time
    '{"pub_ts": 17332128001}': None,  # eleven digits: no epoch
    '{"publisher": 1733212800}': None,  # not a time key
}


@pytest.mark.parametrize("text", NUMBERS)
def test_epoch_numbers_and_other_key_spellings(text: str) -> None:
    root = etree.fromstring(
        f"<html><head><script>{text}</script></head></html>", etree.HTMLParser()
    )
    assert read_script_time(root) == NUMBERS[text]
