"""A self-media platform's post: the account in its 来源 slot is the post's author.

A platform of user accounts (网易号, 搜狐号, 企鹅号 …) prints the account that posted a story
where a portal prints the outlet, in the 来源 slot of the meta line under the headline, and
says near the story that users post there: the platform statement (notice_vocab's "platform"
family, 自媒体/信息存储/创作者, beside another family, 仅代表作者本人 or 不代表…立场). That
account is the post's author, as the self-media pages of the gne gold record it (a 头条号's
account beside its follow button is read so already). A 来源 credit after the story that
names another outlet ("来源： 美国侨报" under a 网易号 post whose slot says "中新社华舆") is
the story's source: the account reposted it.
"""

from __future__ import annotations

from snapcrawl.extract.control_words import without_control_tail
from snapcrawl.extract.dom import Line
from snapcrawl.extract.host_voice import notice_families
from snapcrawl.extract.source_lines import PLACEHOLDER, labeled_source
from snapcrawl.extract.zones import lines_between

_STATEMENT_MAX = 160  # a platform statement is one or two sentences
_SIGN_OFF_MAX = 30  # "来源： 美国侨报" stands alone on its line
_SIGN_OFF_LINES = 6  # the story's last lines and the few after it


def platform_statement(lines: list[Line]) -> bool:
    """Whether the page says it is a platform its users post to: a short line that names
    the platform ("平台") and holds the platform family of notice words with another one."""
    for line in lines:
        if line.chars <= _STATEMENT_MAX and "平台" in line.text:
            families = notice_families(line.text)
            if "platform" in families and len(families) > 1:
                return True
    return False


def slot_account(head_zone: list[Line], source: str | None) -> bool:
    """Whether ``source`` was read from a 来源 slot of the meta line under the headline, or
    is the name alone on a line there (the account's card: "译言" over "2024-09-20 16:46发布于
    广东" and "+关注")."""
    return source is not None and any(
        source in line.text and (line.text.strip() == source or labeled_source(line.text) == source)
        for line in head_zone
    )


def reposted_from(body: list[Line], lines: list[Line], account: str) -> str | None:
    """The outlet a short 来源 line at the story's end credits, other than the account; a
    placeholder ("转载来源：网络综合整理") names none."""
    if not body:
        return None
    last = body[-1].index
    for line in (*body[-_SIGN_OFF_LINES:], *lines_between(lines, last + 1, last + _SIGN_OFF_LINES)):
        if line.chars <= _SIGN_OFF_MAX and ("源" in line.text or "來" in line.text):
            # "来源：中国新闻网返回搜狐": the platform's back link glued after the name
            found = without_control_tail(labeled_source(line.text))
            if found and found != account and not PLACEHOLDER.match(found):
                return found
    return None
