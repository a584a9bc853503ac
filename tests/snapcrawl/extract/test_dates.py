from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from snapcrawl.extract.dates import (
    date_spans,
    ends_with_date,
    find_dates,
    has_year,
    is_date_only,
    parse_date,
    with_year,
)

SH = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("text", "expected", "has_time"),
    [
        ("2025-02-13 15:50:00", datetime(2025, 2, 13, 15, 50, 0), True),
        ("2025年02月13日 15:50", datetime(2025, 2, 13, 15, 50), True),
        ("2025-2-13 15:50:00", datetime(2025, 2, 13, 15, 50), True),
        ("2025/02/13 15:50", datetime(2025, 2, 13, 15, 50), True),
        ("2025.02.13", datetime(2025, 2, 13), False),
        ("2025年2月13日下午3:50", datetime(2025, 2, 13, 15, 50), True),
        ("发布于 2025年2月13日 15时50分", datetime(2025, 2, 13, 15, 50), True),
        ("2025-02-13T15:50:00+08:00", datetime(2025, 2, 13, 15, 50), True),
        (
            "2025-02-13T07:50:00Z",
            datetime(2025, 2, 13, 15, 50),
            True,
        ),  # an instant: shown in Shanghai
        ("9/17/2004 5:54:13 AM", datetime(2004, 9, 17, 5, 54, 13), True),
        ("12/25/2020 12:30 PM", datetime(2020, 12, 25, 12, 30), True),
        # the month's English name first, as a Chinese edition of a foreign outlet prints it
        ("更新时间 Mar 7, 2025 09:15", datetime(2025, 3, 7, 9, 15), True),
        ("Friday, February 21st, 2025", datetime(2025, 2, 21), False),
        ("Aug. 30 2023 6:05 pm", datetime(2023, 8, 30, 18, 5), True),
        ("Tue, 4 June 2024", datetime(2024, 6, 4), False),
    ],
)
def test_forms(text, expected, has_time):
    found = parse_date(text)
    assert found is not None
    assert found.value == expected.replace(tzinfo=SH)
    assert found.value.utcoffset().total_seconds() == 8 * 3600
    assert found.has_time is has_time


@pytest.mark.parametrize(
    "text", ["2025-13-45", "版本 1.2.3", "电话 010-12345678", "2025/02-13", ""]
)
def test_not_dates(text):
    assert parse_date(text) is None


def test_year_last_ambiguity_is_flagged():
    found = parse_date("06/02/2022 - 13:48")
    assert found.ambiguous
    assert found.value.hour == 13


def test_several_dates_in_order():
    text = "发布时间：2025-02-13 15:50 快照：2025-02-14 08:00:01"
    assert [d.value.day for d in find_dates(text)] == [13, 14]


def test_list_stamps():
    assert is_date_only("2024-04-14 18:16:00")
    assert is_date_only("[2025-01-18]")
    assert ends_with_date("海岛旅游持续升温 2023-06-15")
    assert ends_with_date("·明星挨打事件回顾 (2005-04-27 14:32PM)")
    assert not ends_with_date("2023年6月15日，海岛旅游持续升温，游客数量创新高。")


@pytest.mark.parametrize(
    "text",
    [
        "07 Nov 2024 18:05",
        "Nov 2024",
        "2023年6月15日",
        "2005-04-27 14:32PM",
        "Sun May 1 0:00:00 2022",
        "十一月 6th, 2009",
        "15/06/2023",
        "3 September 2024",
        "Jan 9, 2025 08:00",
        "Wednesday, July 3rd, 2024",
    ],
)
def test_every_form_a_date_reads_is_a_date_shape(text):
    """A line the dates reader dates is date-shaped to the layout tests too (one list of
    forms for both): an English day-month stamp under a Singapore story's heading as well."""
    assert [(d.start, d.end) for d in find_dates(text)] == date_spans(text)


@pytest.mark.parametrize(
    "text", ["May 2024", "於 May 12 的發布會上", "第 Nov 12, 20245 號", "Windows 10, 2024 版"]
)
def test_month_first_needs_a_day_and_a_year(text):
    assert find_dates(text) == []


def test_month_day_stamps_in_lists():
    assert is_date_only("Apr 22, 2025")
    assert ends_with_date("两岸学者论坛在台北举行 Apr 22, 2025")


def test_day_month_stamps_in_lists():
    assert is_date_only("12 Oct 2024")
    assert ends_with_date("新加坡组屋转售价连续第三季上涨 12 Oct 2024 09:41")
    assert not is_date_only("12 Oct 2024 新加坡组屋转售价连续第三季上涨")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("发布时间：2025年02月13日 15:50", True),
        ("06/02/2022", True),
        ("10-08 12:00 见 2019 年报", True),
        ("3月5日 星期三 10:30", False),
        ("25-03-08 23:16", False),
        ("无日期", False),
    ],
)
def test_has_year_is_a_safe_prefilter(text, year):
    """Scans over every line skip the lines ``has_year`` rejects: no date is found in them."""
    assert has_year(text) is year
    if not year:
        assert find_dates(text) == []


def test_with_year_finds_the_texts_has_year_finds():
    """One scan over the joined texts gives the positions ``has_year`` would, in order, once
    each: a year at a text's end or start, two years in one text, none across the join."""
    texts = [
        "发布时间：2025年02月13日 15:50",
        "无日期",
        "见 2019 年报，又见2020年",
        "20",
        "19 时",
        "",
        "2024",
        "06/02/2022",
    ]
    assert with_year(texts) == [i for i, text in enumerate(texts) if has_year(text)]
    assert with_year(texts) == [0, 2, 6, 7]
    assert with_year([]) == []
