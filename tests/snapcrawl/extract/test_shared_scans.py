"""The shared and prefiltered scans give what the plain scans give (round 7 of the speed
work): ``label_spans`` for ``LABEL_RE.finditer``, ``zones.lines_between`` for a filter by index,
the author prefilters for the patterns they guard."""

from __future__ import annotations

import random

from lxml import etree

from snapcrawl.extract import byline_shapes, credits, meta, thresholds, zones
from snapcrawl.extract.dom import Line
from snapcrawl.extract.noise import LABEL_RE, label_spans
from snapcrawl.extract.vocab import LABELS

_PIECES = (
    "来源：",
    "来源:",
    "作者：",
    "责任编辑：",
    "发布时间：",
    "快照时间：",
    "原文地址：",
    "分类：",
    "海港日报",
    "张三",
    "2024-03-05 10:00",
    " ",
    "　",
    "|",
    "：",
    ":",
    "发表于",
    "by",
    "发自",
    "记者",
    "文/",
    "本报",
    "（",
    "）",
    "x" * 120,
)


def _texts(count: int = 3000) -> list[str]:
    rng = random.Random(14)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 8))) for _ in range(count)]


def _labeled_plain(text: str, fieldname: str) -> str | None:
    for match in LABEL_RE.finditer(text):
        if match["label"] in LABELS[fieldname]:
            nxt = LABEL_RE.search(text, match.end())
            return text[match.end() : nxt.start() if nxt else len(text)].strip(" \u3000")
    return None


def test_label_spans_are_the_plain_scan_short_and_long_lines() -> None:
    for text in _texts():
        plain = tuple((m["label"], m.start(), m.end()) for m in LABEL_RE.finditer(text))
        assert label_spans(text) == plain  # long lines (> 200) bypass the cache
        for fieldname in ("source", "author", "snapshot_at", "category"):
            assert meta.labeled(text, fieldname) == _labeled_plain(text, fieldname)


def _line(index: int) -> Line:
    return Line(text=f"第{index}行", owner=etree.Element("p"), index=index, chars=3)


def test_lines_between_slices_as_the_filter_does() -> None:
    numbered = [_line(i) for i in range(20)]
    gapped = [_line(i) for i in (0, 1, 2, 5, 6, 9, 12, 13)]
    for lines in (numbered, gapped, []):
        for low in range(-3, 25):
            for high in range(-3, 25):
                want = [ln for ln in lines if max(low, 0) <= ln.index <= high]
                assert zones.lines_between(lines, low, high) == want


def test_author_prefilters_skip_only_lines_with_no_match() -> None:
    assert byline_shapes.poster_name("lanshan 发表于 2006-3-15 11:46") == "lanshan"
    assert byline_shapes.poster_name("本报记者林木发自杭州") == "林木"
    for text in [*_texts(), "lanshan 发表于 2006-3-15 11:46", "本报记者林木发自杭州"]:
        plain = None
        if len(text) <= byline_shapes.MAX_LINE:
            plain = next((m["value"] for s in byline_shapes._SHAPES if (m := s.search(text))), None)
        assert byline_shapes.poster_name(text) == plain
        for pattern in (credits._AUTHOR_LABELED, credits._AUTHOR_DATELINE):
            if pattern.search(text[: thresholds.CREDIT_READ_MAX]):
                assert credits._AUTHOR_WORD_CHARS.search(text, 0, thresholds.CREDIT_READ_MAX)
