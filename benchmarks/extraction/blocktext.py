"""HTML fragment -> plain text, one block element a line.

Extractors that return HTML (readability-lxml, magic-html) are turned into text by this one
function, so neither gains or loses from its own text conversion. It depends on lxml only:
the magic-html child process (Python 3.12, its own venv) imports it too.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lhtml

_BLOCK_NAMES = """address article aside blockquote body caption dd details div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section
    summary table tbody tfoot thead tr ul"""
BLOCKS = frozenset(_BLOCK_NAMES.split())
CELLS = frozenset({"td", "th"})
SKIP = frozenset({"script", "style", "noscript", "template", "head", "title"})
_SPACE = re.compile(r"\s+")


def html_to_text(fragment: str) -> str:
    """Text of ``fragment``: each block element (p, div, li, h1–h6, tr …) and ``<br>`` ends a
    line, table cells are joined by a space, whitespace inside a line collapses to one space,
    empty lines are dropped. Script, style and comments give nothing.

    >>> html_to_text("<div><p>一 <b>二</b></p>三<br>四<table><tr><td>a</td><td>b</td></tr></table>")
    '一 二\\n三\\n四\\na b'
    """
    if not fragment or not fragment.strip():
        return ""
    try:
        root = lhtml.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []
    skipping = 0
    for event, el in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        if event in ("comment", "pi"):
            if el.tail and not skipping:
                parts.append(el.tail)
            continue
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if skipping or tag in SKIP:
                skipping += tag in SKIP
                continue
            if tag in BLOCKS or tag == "br":
                parts.append("\n")
            elif tag in CELLS:
                parts.append(" ")
            if el.text:
                parts.append(el.text)
            continue
        if tag in SKIP:
            skipping -= 1
            if skipping:
                continue
        elif skipping:
            continue
        if tag in BLOCKS:
            parts.append("\n")
        if el.tail and el is not root:
            parts.append(el.tail)
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
