"""Recognising noise lines, in one place for the callers that read every kind.

Layer 1 (``furniture_lines``) looks at shape: link density, menu words, list stamps,
copyright footers. Layer 2 (``host_voice``) looks at what a line talks about: the host's
notices and platform statements, known by the families of words they mix and by the page
speaking of itself. Labelled meta lines (``meta_labels``), datelines naming an outlet
(``outlet_datelines``) and repost notes (``repost_lines``) are neither story nor furniture:
their values go to fields. Layer 3, lines a host repeats across its pages, is ``boilerplate``.
"""

from __future__ import annotations

from snapcrawl.extract.furniture_lines import (
    breadcrumb_parts,
    is_footer_line,
    is_list_heading,
    is_list_item,
    is_nav_line,
)
from snapcrawl.extract.host_voice import (
    is_reported_speech,
    line_notice_strength,
    mentions_self,
    notice_families,
    notice_strength,
)
from snapcrawl.extract.meta_labels import LABEL_RE, LEADING_LABEL, is_meta_line, label_spans
from snapcrawl.extract.outlet_datelines import dated_outlet, is_dated_outlet_line
from snapcrawl.extract.repost_lines import repost_source
from snapcrawl.extract.vocab import SENTENCE_PUNCT

__all__ = [
    "LABEL_RE",
    "LEADING_LABEL",
    "SENTENCE_PUNCT",
    "breadcrumb_parts",
    "dated_outlet",
    "is_dated_outlet_line",
    "is_footer_line",
    "is_list_heading",
    "is_list_item",
    "is_meta_line",
    "is_nav_line",
    "is_reported_speech",
    "label_spans",
    "line_notice_strength",
    "mentions_self",
    "notice_families",
    "notice_strength",
    "repost_source",
]
