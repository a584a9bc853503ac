"""Labels printed for an empty field: the template's label with nothing after it.

A label names no one and says nothing of the story; where it may stand decides whether it
goes, by what it labels:

- a *media* label ("视频：", "视频画面：", "动图：") or a picture credit's label ("摄影：",
  "图片来源：") alone on its line introduced a player or a picture the saved page no longer
  shows, or a credit the template left blank: nothing of the story follows its colon, so it
  is a dead slot wherever it stands, inside the story as well (``is_media_label``; the body's
  cleaner drops it anywhere);
- a *role's* or a *source's* label ("编辑：", "【责编】", "来源:", "新聞來源：") alone is a credit
  only at the story's edges, where credits stand: under its last line or over its first
  (``cut_bare_labels``). Inside the story it may be the story's: an interview's "记者：" over
  its question, a field of a notice ("时间：") before its value. A label over names is a
  credit pair (credit_pairs).

One module owns both, so a label is judged once by its kind and its place (session 41 left
the two rules in ui_shapes and credit_pairs).
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_pairs import LABEL_MAX, label_alone, names_alone
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind

# A media label alone on its line ("视频：", "视频画面：", "动图："): it introduced a player or
# a picture the saved page no longer shows; nothing of the story follows its colon. So does a
# picture credit's label with no name after it ("摄影：", "图片来源：" over the story): the
# template's empty field.
_MEDIA_LABEL = re.compile(
    r"(?:现场|相关)?(?:视频|视频画面|视频截图|画面|音频|动图|GIF|gif|图|图片|组图|直播)\s*[：:]"
    r"|(?:摄影|摄像|图片来源|图源|图片提供)\s*[：:]"
)
MEDIA_LABEL_MAX = 7


def is_media_label(text: str) -> bool:
    """Whether ``text`` (at most ``MEDIA_LABEL_MAX`` characters) is only a media label."""
    return _MEDIA_LABEL.fullmatch(text) is not None


def cut_bare_labels(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark a role's or a source's label left with no value at the story's edge ("摄影：" over
    its first paragraph, "编辑：" or "来源:" under its last): the page's template printed the
    label of an empty field, and a label names no one. An interview's "记者：" over its first
    question is the speaker's turn, and stays; a label over names is a pair (credit_pairs).
    Only on a page whose story has a line of prose (Kind.GOOD)."""
    if not any(kind is Kind.GOOD for kind, _ in kinds):
        return
    kept = [i for i, (kind, _) in enumerate(kinds) if kind is not Kind.BAD]
    if len(kept) < _BARE_MIN_LINES:
        return
    for at, pos in (*enumerate(kept[:_BARE_HEAD]), (len(kept) - 1, kept[-1])):
        line = lines[pos]
        if line.chars > LABEL_MAX or not _bare_label(line):
            continue
        after = kept[at + 1] if at + 1 < len(kept) else None
        if after is None or not (names_alone(lines[after]) or label_alone(lines[after])):
            kinds[pos] = (Kind.BAD, "credit")


_BARE_HEAD = 3  # the headline and a dated line may stand above the label at the story's top
_BARE_MIN_LINES = 4  # a story of a few lines around it
# "来源:", "* 来源：", "新聞來源：": the source's label, maybe what it sources before it
_SOURCE_ALONE = re.compile(
    r"^[*＊【\[]?\s*(?:新闻|新聞|资料|資料|图片|圖片|影片)?(?:来源|來源|稿源|出处|出處)[】\]]?\s*[:：]?$"
)


def _bare_label(line: Line) -> bool:
    """A role's label alone (not an interview's reporter) or a source's label alone."""
    text = line.text.strip(" \u3000")
    if "记者" in text or "記者" in text:
        return False
    return _SOURCE_ALONE.match(text) is not None or label_alone(line)
