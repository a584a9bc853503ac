"""A plug for a tool closing a self-media post: the pitch and its "X链接（免费…）：URL" line.

Self-media platforms append to their posts a paragraph that recommends the platform's own
tool ("…尤其是【X助手】这样的工具，能够…") and a line that gives the tool's address with
what to do ("X链接（免费，复制到浏览器体验）：https://…"). The address line is the tell: a
label that asks the reader to try, open or copy, then a bare URL. The paragraph before it
that names the same tool is its pitch. A notice's "报名网址：https://…" asks nothing of the
reader and stays.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind, last_kept

TAIL_LINES = 4  # the plug stands among the body's last lines that are not already cut
MAX_LABEL = 60  # the label before the address
MIN_NAME = 2
# The label's appeal to the reader: try it, free, copy the link, open it in a browser.
_APPEAL = re.compile(r"免费|免費|体验|體驗|试用|試用|复制|複製|长按|長按|点击|點擊|浏览器|瀏覽器")
_ADDRESS_LINE = re.compile(r"^(?P<label>[^：:]{2,60})[：:]\s*https?://\S+$")
_NAME_END = re.compile(r"链接|鏈接|連結|地址|网址|網址|入口|[（(【\[]")


def plug_name(text: str) -> str | None:
    """The tool's name when ``text`` is a plug's address line, else ``None``."""
    found = _ADDRESS_LINE.match(text)
    if found is None:
        return None
    label = found["label"]
    if not _APPEAL.search(label):
        return None
    cut = _NAME_END.search(label)
    name = (label[: cut.start()] if cut else label).strip(" 【】[]")
    return name if len(name) >= MIN_NAME else ""


_BRACKETED = re.compile(r"【([^【】]{2,20})】")


def _names_tool(pitch: str, name: str, address: str) -> bool:
    """Whether the paragraph over the address line pitches its tool: it names the tool as
    the label does, or brackets a name the label opens with ("【X助手】", "X助手体验地址")."""
    if name and name in pitch:
        return True
    return any(address.startswith(found) for found in _BRACKETED.findall(pitch))


def cut_tool_plug(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark a closing plug's address line, and the pitch before it that names the tool."""
    for i in last_kept(kinds, TAIL_LINES):
        text = lines[i].text
        if "http" not in text or len(text) > MAX_LABEL + 200:
            continue
        name = plug_name(text.strip())
        if name is None:
            continue
        kinds[i] = (Kind.BAD, "promo")
        before = i - 1
        while before >= 0 and kinds[before][0] is Kind.BAD:
            before -= 1
        if before > 0 and _names_tool(lines[before].text, name, text):
            kinds[before] = (Kind.BAD, "promo")
        return
