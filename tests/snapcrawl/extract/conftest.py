"""Shared paths, loaders and page builders for the extraction tests."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
FIXTURES = REPO / "tests" / "fixtures" / "extract"


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
