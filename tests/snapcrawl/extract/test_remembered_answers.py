"""Line judgments remembered by text (several readers ask them of the same line): a caller
may change what it was given without changing the next caller's answer, and the remembered
answer is the one the judgment gives afresh."""

from __future__ import annotations

from snapcrawl.extract import chrome, credit_lines, furniture_lines, host_voice, source_lines
from snapcrawl.extract.dates import date_spans

_TEXTS = (
    "发稿时间：2023/11/02 08:15　稿源：江岸日报",
    "（编辑 苏明远 校审 林小雨）",
    "免责声明：文章仅代表作者观点，不代表本平台立场，如涉侵权请联系删除。",
    "热门阅读",
    "下载客户端，看更多本地新闻",
    "市民可在政务大厅窗口办理相关手续，材料齐全的当场发证。",
)


def test_date_spans_a_fresh_list_each_call() -> None:
    text = "更新于 2022-07-19 16:40，首发于 2022年7月18日"
    first = date_spans(text)
    kept = list(first)
    first.append((0, 1))
    first.reverse()
    assert date_spans(text) == kept
    assert date_spans(text) is not date_spans(text)


def test_notice_families_cannot_be_changed_by_a_caller() -> None:
    text = _TEXTS[2]
    found = host_voice.notice_families(text)
    assert found
    assert isinstance(found, frozenset)
    assert host_voice.notice_families(text) == found


def test_remembered_answers_are_the_fresh_ones() -> None:
    judged = (
        credit_lines.is_credit_as_written,
        source_lines.labeled_source,
        furniture_lines.is_list_heading,
        chrome.is_promo,
    )
    for judge in judged:
        for text in _TEXTS:
            assert judge(text) == judge.__wrapped__(text)
            assert judge(text) == judge(text)
