"""Shared paths, loaders and page builders for the extraction tests."""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from pathlib import Path

from snapcrawl.extract import extract_article

REPO = Path(__file__).resolve().parents[3]
FIXTURES = REPO / "tests" / "fixtures" / "extract"


ORCHARD_STORY = [
    "入秋以来，山区果园迎来采摘旺季，今年苹果产量较去年同期增长一成以上。",
    "合作社负责人介绍，今年新修了两条运输便道，果子从地头到冷库的时间缩短了一半。",
    "县农业部门组织技术人员进村指导，帮助果农防治病虫害、改良土壤，提高果品品质。",
    "据了解，当地还与多家电商平台合作开设直播间，帮助果农拓宽销售渠道，增加收入。",
    "不少外出务工的年轻人也回到村里，跟着老一辈学种果树，一起经营家庭农场。",
    "下一步，县里计划建设果品分拣中心，统一品牌和包装，让山里的苹果卖出好价钱。",
]  # a made-up six-paragraph story: the body a test line is put into


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture_json(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def portal_page(
    headline: str,
    section: str,
    paragraphs: Iterable[str],
    *,
    info: str = "",
    head: str = "",
    inside: str = "",
    after: str = "",
) -> str:
    """A made-up portal article: ``<title>`` "headline_section_示例网", an ``<h1>``, the meta
    line ``info``, the story's ``<p>`` paragraphs (then ``inside``, in the same container),
    and ``after`` below the story container. ``head`` goes after the ``<title>``."""
    text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f"<html><head><title>{headline}_{section}_示例网</title>{head}</head><body>"
        f"<div class='main'><h1>{headline}</h1><div class='info'>{info}</div>"
        f"<div class='text'>{text}{inside}</div>{after}</div></body></html>"
    )


def orchard_page(paragraphs: Iterable[str]) -> str:
    """``paragraphs`` (escaped) as the story of a made-up portal article about an orchard,
    with its time and source on the meta line: the page the credit tests put lines into."""
    return portal_page(
        "山区果园迎来采摘旺季",
        "乡村",
        (html.escape(p) for p in paragraphs),
        info="2024-10-01 08:00 来源：示例日报",
    )


def orchard_body_with(line: str, where: int) -> list[str]:
    """The body lines of the orchard page with ``line`` put before the story's paragraph
    ``where``: whether a line leaves the body or stays, wherever it stands."""
    paragraphs = [*ORCHARD_STORY[:where], line, *ORCHARD_STORY[where:]]
    return extract_article(orchard_page(paragraphs)).body.split("\n")


def with_line(story: list[str], extra: str, where: str) -> list[str]:
    """``story``'s paragraphs with ``extra`` at its "start", its "end" or in its middle
    (any other ``where``): a line tried at each place a body's edge rules treat apart."""
    paragraphs = list(story)
    if where == "end":
        paragraphs.append(extra)
    elif where == "start":
        paragraphs.insert(0, extra)
    else:
        paragraphs.insert(3, extra)
    return paragraphs
