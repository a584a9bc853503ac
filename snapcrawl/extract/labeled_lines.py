"""Which lines of a page carry a label of each field, found in one pass for every reader.

The readers of a labeled value (the category's 栏目：, the original's 原文地址：, the
snapshot's 快照时间：) each walked every line of the page for a colon and read the labels
of the lines holding one. One pass over the lines now reads each line's labels once
(``noise.label_spans``) and lists, per field, the lines holding one of its labels: a
reader looks only at those, in the page's order, and finds what it found before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from snapcrawl.extract.dom import Line
from snapcrawl.extract.meta_labels import label_spans
from snapcrawl.extract.vocab import LABELS

_COLON = re.compile("[:：︰]")  # a Hong Kong page's "︰" too (來源︰X)
LabelIndex = dict[str, list[int]]  # field -> positions in the lines, in order

_FIELDS_OF: dict[str, list[str]] = {}
for _field, _labels in LABELS.items():
    for _label in _labels:
        _FIELDS_OF.setdefault(_label, []).append(_field)


def label_index(lines: list[Line]) -> LabelIndex:
    """For each field of ``vocab.LABELS``, the positions of the lines holding one of its
    labels ("label：", as ``meta.labeled`` reads them)."""
    index: LabelIndex = {}
    for pos, line in enumerate(lines):
        text = line.text
        if ":" not in text and "：" not in text and "︰" not in text:  # every label ends in one
            continue
        for label, _, _ in label_spans(text):
            for field in _FIELDS_OF[label]:
                found = index.setdefault(field, [])
                if not found or found[-1] != pos:
                    found.append(pos)
    return index


def labeled_positions(lines: list[Line], field: str, index: LabelIndex | None) -> Iterable[int]:
    """Where in ``lines`` a label of ``field`` can stand: the index's positions, or without
    one every line with a colon."""
    if index is not None:
        return index.get(field, ())
    return (pos for pos, line in enumerate(lines) if _COLON.search(line.text))
