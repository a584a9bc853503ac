"""A tag's own markup read as text: the tail of a broken ``<img>`` or ``<a>`` tag.

An old blog or CMS template that writes an attribute with an unescaped quote in it
(``<img src="…&690"saber…" TITLE="…" />``) breaks the tag: the parser ends it early and
reads the rest, the other attributes and the tag's close, as a line of text. The reader
sees a picture there, never that line. Its shape tells it: it ends with an attribute
written ``name="value"`` and the tag's close (``/>`` or ``>``). A code listing showing
markup sits in a ``<pre>`` or a ``<code>`` and is kept; prose about a tag ends on words.

A forum's or a repost's BBCode left unrendered is the same kind: a line that is nothing but
an ``[img]address[/img]`` (or ``[url]``, ``[flash]``, ``[attach]``) tag stood for a picture
or a link the reader was meant to see, never for words.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line

# ' TITLE="…" />', " alt='…'>": an attribute, then the close of its tag, ending the line.
_TAG_TAIL = re.compile(r"""\s[A-Za-z][\w:-]{0,20}\s*=\s*(?:"[^"<>]*"|'[^'<>]*')\s*/?>$""")
# "[img]http://…/a.jpg[/img]", "[URL=…]…[/URL]": one BBCode tag pair and nothing else.
_BBCODE_LINE = re.compile(
    r"^\[(?P<tag>img|url|flash|media|video|audio|attach|attachimg)(?:=[^\]]*)?\][^\[\]]*\[/(?P=tag)\]$",
    re.IGNORECASE,
)
_CODE_TAGS = frozenset({"pre", "code", "kbd", "samp", "textarea"})


def is_leaked_markup(line: Line) -> bool:
    """Whether ``line`` is the broken tail of a tag or a bare BBCode tag (see the module's
    doc), outside a code listing."""
    text = line.text
    if text.endswith("]"):
        leaked = _BBCODE_LINE.match(text) is not None
    else:
        leaked = text.endswith(">") and _TAG_TAIL.search(text) is not None
    return leaked and not any(el.tag in _CODE_TAGS for el in line.ancestors)
