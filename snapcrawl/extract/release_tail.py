"""A press release's tail after its "###": the issuer's boilerplate and its press contacts.

A release closes its story with three hashes on a line of their own, the wire services'
convention; under them the issuer describes itself ("关于X：X是一家…", "About X") and names
whom the press may call ("媒体联系：", "Media Contact"). That is the issuer's standing text,
printed under every release it sends, not this story's. The mark alone cuts nothing: a
hash rule may divide any post, so the tail goes only when a boilerplate's or a contact's
label opens one of the lines right under it.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind

_HASHES = re.compile(r"^[\s\-—–]*(?:#\s*){3}[\s\-—–]*$")
# The labels a release's boilerplate and contacts open with, in simplified, traditional and
# English forms.
_TAIL_LABEL = re.compile(
    r"^(?:关于|關於|About\s|媒体联系|媒體聯繫|媒体垂询|媒體查詢|新闻联系|新聞聯絡|联系人|聯絡人"
    r"|Media\s+(?:Contacts?|Inquiries)|Press\s+Contacts?|Contacts?\s*[:：])",
    re.IGNORECASE,
)
_LOOK = 3  # the label stands on one of this many lines under the mark


def cut_release_tail(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark BAD "release_tail" the "###" line and everything under it, when a boilerplate's
    or a contact's label opens one of the few lines right under the mark."""
    for i, line in enumerate(lines):
        text = line.text
        if "#" not in text or len(text) > 12 or not _HASHES.match(text):
            continue
        if any(_TAIL_LABEL.match(after.text) for after in lines[i + 1 : i + 1 + _LOOK]):
            for k in range(i, len(lines)):
                kinds[k] = (Kind.BAD, "release_tail")
            return
