"""A browser's own error page, saved where the site's page should be.

A snapshot taken while the site did not answer holds the browser's message ("This site
can't be reached", "无法访问此网站", the error's code) instead of the page: a few short
lines a selection may take for a brief story. What makes it the browser's is its markup,
never its words (they come in every language the browser speaks): Chromium and Firefox
both set ``class="neterror"`` on the page's ``<body>``; Chromium's frame is
``<div id="main-frame-error">``, its interstitial (a certificate error) a
``<div class="interstitial-wrapper">`` around ``id="main-message"``.

A site's bot check saved the same way (a CDN's or a firewall's "confirm you are human"
page) holds a challenge widget and a few lines about it: the page's markup names the widget
(``id="captcha-container"``, ``class="g-recaptcha"``, ``id="challenge-form"``) and the page
has next to no lines, most of them the widget's own. A captcha under a story's comment
form holds none of the story's lines. A firewall's block page ("Web Page Blocked!", "The
requested URL was rejected") is as short and ends on the incident's reference the firewall
gives for a complaint ("Attack ID: 2000051", "Support ID: 1234…", "Ray ID: …").

An adult site's age gate (a pop-up over the page: "本站包含成人内容 请确认您的年龄18+",
"I am 18 or older") asks the reader to confirm their age; when a selection takes it for
the story, the "story" is that question and the host's lines around it (a cookie notice,
the copyright), a few hundred characters: the page behind it is not read, so there is no
article to give.
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract.dom import Line

_BODY_CLASS = "neterror"
_BOT_CHECK_LINES = 12  # a bot check's own words: a heading, a prompt, a button, languages
# The reference a firewall's block page gives for its incident, labelled, then the number.
_INCIDENT_ID = re.compile(
    r"(?:Attack|Support|Incident|Event|Ray|Request|Block|Reference)\s*(?:ID|Id|#|No\.?)"
    r"\s*(?:is)?\s*[:：#]?\s*[0-9a-fA-F][0-9a-fA-F-]{5,}"
)
_BOT_CHECK_WIDGET = etree.XPath(
    ".//*[contains(translate(@id, 'CAPTCHA', 'captcha'), 'captcha')"
    " or contains(translate(@class, 'CAPTCHA', 'captcha'), 'captcha')"
    " or @id = 'challenge-form' or @id = 'challenge-running']"
)


_FRAME_ID = "main-frame-error"
_INTERSTITIAL_CLASS = "interstitial-wrapper"


def may_hold_error_frame(html: str) -> bool:
    """The cheap test: the id of Chromium's error frame or the class of its interstitial
    somewhere in the page's source. Without either, ``is_browser_error`` needs to look at
    the body's class only: its search of the tree for them walks every ``<div>`` twice in
    Python (~0.1 ms a page), two scans of the source cost less than half of that."""
    return _FRAME_ID in html or _INTERSTITIAL_CLASS in html


def is_browser_error(root: etree._Element, framed: bool = True) -> bool:
    """Whether the parsed page is a browser's network-error page (see the module's note).
    ``framed``: ``may_hold_error_frame`` of the page's source, when known."""
    body = root if root.tag == "body" else root.find("body")
    if body is not None and _BODY_CLASS in (body.get("class") or "").split():
        return True
    if body is None or not framed:
        return False
    if body.find(f".//div[@id='{_FRAME_ID}']") is not None:
        return True
    # Chromium's interstitial (a certificate error, "Your connection is not private"): its
    # wrapper holds the message and the error's code, the site's page never loaded
    wrapper = body.find(f".//div[@class='{_INTERSTITIAL_CLASS}']")
    return wrapper is not None and wrapper.find(".//*[@id='main-message']") is not None


def is_bot_check(root: etree._Element, lines: list[Line]) -> bool:
    """Whether the parsed page is a bot check or a firewall's block page saved in place of
    the page (see the module's note): a few lines at most, and a captcha or challenge widget
    in the markup or an incident's reference in the lines. The line count is asked first:
    it spares the other looks on every page with a story."""
    if len(lines) > _BOT_CHECK_LINES:
        return False
    if any(_INCIDENT_ID.search(line.text) for line in lines):
        return True  # a firewall's block page, its incident's reference
    body = root if root.tag == "body" else root.find("body")
    if body is None or not (widgets := _BOT_CHECK_WIDGET(body)):
        return False
    # the check is the page: its widget holds most of the page's words (a captcha box under
    # a story's comment form holds none of the story's)
    held = sum(line.chars for line in lines if any(w in line.ancestors for w in widgets))
    return 2 * held >= sum(line.chars for line in lines)


# Asking the reader to confirm their age: "请确认您的年龄", "請確認您已滿18歲", "Are you 18".
_AGE_QUESTION = re.compile(
    r"(?:确认|確認)(?:您|你)(?:的年[龄齡]|已?(?:年满|年滿|已满|已滿|满|滿)\s*1[89]\s*(?:周|週)?[岁歲])"
    r"|(?i:are you (?:over |at least )?1[89]\b|age verification|i am (?:over )?1[89]\b)"
)
_AGE_GATE_CHARS = 400  # a gate's question and the host's lines around it, no story


def is_age_gate(title: str, paragraphs: list[str]) -> bool:
    """Whether the selected "story" is an adult site's age gate (see the module's note):
    a short body, and its question in the heading or the body."""
    if sum(map(len, paragraphs)) > _AGE_GATE_CHARS:
        return False
    return any(_AGE_QUESTION.search(text) for text in (title, *paragraphs))
