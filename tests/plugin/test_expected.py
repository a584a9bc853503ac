"""snapcrawl.fixtures.expected: stable expected files and readable differences."""

from __future__ import annotations

import json
from datetime import datetime

from snapcrawl.fixtures import expected as ex
from snapcrawl.fixtures.expected import diff_items, dump_expected, prepare_items, summarise_diff


def test_items_are_stored_without_volatile_fields_in_a_stable_order():
    items = [
        {"url": "http://h/b", "title": "乙", "crawled_at": "now", "run_id": "r1", "tags": ("x",)},
        {
            "url": "http://h/a",
            "title": "甲",
            "crawl_date": "2026-01-01",
            "when": datetime(2025, 1, 2),
        },
    ]
    prepared = prepare_items(items)
    assert prepared == [
        {"url": "http://h/a", "title": "甲", "when": "2025-01-02 00:00:00"},
        {"url": "http://h/b", "title": "乙", "tags": ["x"]},
    ]
    assert prepare_items(reversed(items)) == prepared
    assert prepare_items(items, ignore=["title"])[0] == {
        "url": "http://h/a",
        "crawl_date": "2026-01-01",
        "when": "2025-01-02 00:00:00",
    }


def test_items_with_one_key_are_ordered_by_content():
    items = [{"url": "u", "n": 2}, {"url": "u", "n": 1}]
    assert [i["n"] for i in prepare_items(items)] == [1, 2]


def test_the_file_is_readable_json():
    text = dump_expected([{"url": "u", "title": "标题", "a": 1}])
    assert '"title": "标题"' in text  # not \\u escapes
    assert text.index('"a"') < text.index('"title"') < text.index('"url"')
    assert json.loads(text) == [{"url": "u", "title": "标题", "a": 1}]


def test_no_difference_no_lines():
    items = prepare_items([{"url": "a", "x": 1}, {"url": "b", "x": 2}])
    assert diff_items(items, items) == []


def test_missing_new_and_changed_items_are_named():
    expected = [{"url": "a", "x": 1}, {"url": "b", "x": 2}, {"url": "c", "x": 3}]
    actual = [{"url": "a", "x": 1}, {"url": "c", "x": 4, "y": "new"}, {"url": "d", "x": 5}]
    lines = diff_items(expected, actual)
    assert lines == [
        "missing  b",
        "changed  c",
        "    x: 3 -> 4",
        '    y: (absent) -> "new"',
        "new      d",
    ]
    assert summarise_diff(lines) == "1 missing, 1 new, 1 changed"


def test_a_changed_paragraph_is_shown_as_a_line_diff():
    before = {"url": "a", "body": "第一段\n第二段\n第三段"}
    after = {"url": "a", "body": "第一段\n第二段（改）\n第三段"}
    assert diff_items([before], [after]) == [
        "changed  a",
        "    body:",
        "      - 第二段",
        "      + 第二段（改）",
    ]


def test_a_long_line_is_shown_around_its_first_difference():
    before = {"url": "a", "body": "甲" * 100 + "乙" + "丙" * 100}
    after = {"url": "a", "body": "甲" * 100 + "丁" + "丙" * 100}
    lines = diff_items([before], [after])
    assert lines[1] == "    body: differs at character 100:"
    assert lines[2].startswith("      - …甲")
    assert "乙" in lines[2]
    assert len(lines[2]) < 80
    assert "丁" in lines[3]


def test_duplicate_keys_are_compared_in_order_and_counted():
    expected = [{"url": "a", "n": 1}, {"url": "a", "n": 2}]
    assert diff_items(expected, expected[:1]) == ["missing  a"]
    assert diff_items(expected[:1], expected) == ["new      a"]


def test_a_huge_difference_is_cut(monkeypatch):
    monkeypatch.setattr(ex, "MAX_LINES", 5)
    lines = diff_items([], [{"url": str(n)} for n in range(20)])
    assert len(lines) == 6
    assert lines[-1] == "... and 15 more lines"
