"""A browser's own error page, saved where the site's page should be.

A snapshot taken while the site did not answer holds the browser's message ("This site
can't be reached", "无法访问此网站", the error's code) instead of the page: a few short
lines a selection may take for a brief story. What makes it the browser's is its markup,
never its words (they come in every language the browser speaks): Chromium and Firefox
both set ``class="neterror"`` on the page's ``<body>``; Chromium's frame is
``<div id="main-frame-error">``.
"""

from __future__ import annotations

from lxml import etree

_BODY_CLASS = "neterror"


def is_browser_error(root: etree._Element) -> bool:
    """Whether the parsed page is a browser's network-error page (see the module's note)."""
    body = root if root.tag == "body" else root.find("body")
    if body is not None and _BODY_CLASS in (body.get("class") or "").split():
        return True
    return body is not None and body.find(".//div[@id='main-frame-error']") is not None
