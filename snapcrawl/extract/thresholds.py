"""Every number that tunes body extraction, named, with the reason it has its value.

The modules that use them (body, classify, layout, entries, dom, chrome, article) import
them from here, so a threshold is changed in one place and its reason is read beside it.
Lengths are visible characters (whitespace excluded, as ``Line.chars`` counts them); shares
are fractions of a total. Metadata thresholds (dates, decoding, the head) live with their
modules (meta.py, dates.py, decode.py), which the body never reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from snapcrawl.extract.dom import Line

# --- links --------------------------------------------------------------------------------

# A line more than half link text is a link (a menu item, a headline, a "more" button), not
# prose: a paragraph with a few inline links stays well under half.
LINK_LINE_DENSITY = 0.5


def is_link_line(line: Line) -> bool:
    """Whether ``line`` is mostly link text (a menu item or a headline), not prose."""
    return line.link_chars > LINK_LINE_DENSITY * line.chars  # link_density, without a division


# --- prose value (body.py: choosing the container) ----------------------------------------

PUNCTUATED_PROSE_CHARS = 8  # a punctuated non-link line this long counts in full
# Unpunctuated text counts for less: a long run is likely a poem or a caption (0.6), a short
# one a label or a button (0.2).
UNPUNCTUATED_LONG_CHARS = 30
UNPUNCTUATED_LONG_WEIGHT = 0.6
UNPUNCTUATED_SHORT_WEIGHT = 0.2
# A list item's teaser is worth this share of a paragraph of the same length, so ten
# teasers in a sidebar never outweigh a three-paragraph story.
TEASER_PROSE_WEIGHT = 0.3

# --- line kinds (body.py: keeping the lines of the container) ------------------------------

GOOD_LINE_CHARS = 30  # a punctuated line this long is prose
GOOD_UNPUNCTUATED_CHARS = 60  # an unpunctuated line this long is prose too (verse, lists)
SENTENCE_END_MIN_CHARS = 4  # a line this long ending like a sentence is prose
FOOTER_MAX_PUNCT = 4  # a copyright line with this many marks is a story about copyright
SIGN_OFF_LINES = 4  # short lines kept right after the story even when furniture follows
THIN_CONTAINER_LINES = 2  # a container this small is one paragraph of a flat page: widen it
WIDEN_LEVELS = 4  # how many ancestors up a thin container is widened
# A mostly-link line that links this many terms and has this many characters of its own
# between them, ending like a sentence, is an encyclopedia's linked sentence, not a menu.
LINKED_SENTENCE_LINKS = 2
LINKED_SENTENCE_OWN_CHARS = 12
# A list or table inside the article with less than this share of link text is its own
# (a track list, steps, figures); more is a list of headlines (blocks.py).
BLOCK_LINK_SHARE = 0.5
SECTION_HEADING_CHARS = 30  # a heading right before prose, this short, opens its section
# A sibling of the container, of its tag and class, with this much prose of its own is the
# article's next part (siblings.py).
SIBLING_PART_PROSE = 40
VERSE_CHARS = 20  # a link-free line this long opens a story even after furniture
# This many short link-free lines of one <br>-broken block are a poem's stanzas or a story
# told line by line (verse.py); a heading over a sign-off is never so many.
VERSE_BLOCK_LINES = 6
# A notice with less than this share of the story beyond it stands at the body's edge and
# takes the rest of that edge with it (the related list after a disclaimer).
EDGE_SHARE = 0.25
# Past the story's middle, a notice followed by a furniture region ends the story.
NOTICE_MIDDLE_SHARE = 0.5
# A copyright line with less than this share of the story after it closes the page.
FOOTER_SHARE = 0.5

# --- article or list (classify.py) --------------------------------------------------------

MIN_BODY_CHARS = 40  # visible characters of prose below which a page is not an article
# Prose beside a list's teasers below this, or below this share of the teasers' length, is
# the list's own blurb.
LIST_BLURB_CHARS = 100
LIST_BLURB_SHARE = 0.3
LIST_LINK_LINES = 10  # a page with this many link lines ...
LIST_LINK_SHARE = 0.4  # ... making this share of its text is made of links
STRONG_PARAGRAPH_CHARS = 100  # a paragraph this long, with this many marks, ...
STRONG_PARAGRAPH_PUNCT = 3
STRONG_PROSE_CHARS = 300  # ... adding up to this, outside any list item: no list has those
ITEM_PROSE_CHARS = 20  # a kept line this long may be a list item's teaser
BOXED_ITEMS = 4  # this many kept lines, half of them between links: a flat list
BOXED_SHARE = 0.5
LED_ITEMS = 2  # kept lines each right under a title link, item after item: a flat list
STUB_LINES = 8  # this many link or stamp lines inside the block ...
STUB_SHARE = 1.5  # ... holding this many times the story's characters: a list
BRIEF_MAX_CHARS = 150  # a body this short, ...
BRIEF_MAX_LINE = 60  # ... with no line this long, ...
BRIEF_LINK_LINES = 15  # ... on a page of this many link lines is a list, unless a heading
HEADED_REACH = 4  # ... sits this close above ...
BRIEF_SENTENCES = 2  # ... this many whole sentences (lines with this many marks)
SIGNAL_REACH = 12  # the story starts this close under the heading the page declares
TITLE_MIN_CHARS = 4  # a shorter heading matches too many titles to declare anything
SIGNAL_SENTENCES = 2  # sentences under a declared heading that make it a story
# not_article: a page declaring no article (meta, JSON-LD, dated line) whose body is short
NOT_ARTICLE_MAX_BODY = 300  # body characters up to which a password form makes a login stub
NOT_ARTICLE_BRIEF_CHARS = 220  # a body this short ...
NOT_ARTICLE_BODY_SHARE = 0.25  # ... and this small a share of the page's text, beside lists
QUERY_TITLE_REST = 12  # word characters of a title besides a text box's value: its results
TITLED_HEADLINE_CHARS = 8  # a heading repeating <title> this long is a headline, not a channel

# --- list items (layout.py) and entry series (entries.py) ---------------------------------

ITEM_MAX_LINES = 6  # an element with more lines than this is a section, not one item
ITEM_TEASER_CHARS = 20  # a non-link line this long inside an item is its teaser
ITEM_TITLE_CHARS = (6, 80)  # a link line of this length can title an item
MIN_ENTRIES = 3  # siblings of one kind, each dated: fewer may be two parts of one story
ENTRY_DEPTH = 4  # how far below the block the series may sit
ENTRY_STAMP_CHARS = 80  # a date line longer than this is prose that mentions a date
ENTRY_STAMP_REACH = 3  # the date line is among an entry's first or last lines
ENTRY_MIN_PROSE = 100  # the entry kept must hold this much prose
ENTRY_PROSE_LINE = 20  # a line this long counts as the entry's prose

# --- hidden elements and parsing (dom.py) -------------------------------------------------

# A hidden element with fewer sentence ends is furniture (a menu, a template), not a story
# a script will reveal.
MIN_HIDDEN_SENTENCES = 5
FOLD_BUTTON_MAX = 12  # a "read on" button's text (展开剩余 85% ∨); longer is a line of its own
FOLD_RUN_MAX = 400  # siblings walked back from a hidden one to the button heading its run
END_TAG_TAIL = 200  # </html> this close to the end is where it belongs, not a stray one

# --- noise lines (furniture_lines.py, host_voice.py) ----------------------------------------------

NOTICE_MAX = 240  # a longer line is a paragraph, whatever words it uses
BARE_NOTICE_MAX = 24  # a weak notice this short, unpunctuated at its end, is one anywhere
NOTICE_FAMILIES = 2  # notice word families a host notice mixes; a news sentence uses one
META_LINE_MAX = 160  # a line with two labels (时间：… 来源：…) this short is an info line
DATED_META_LINE_MAX = 80  # a labelled line with a date and no sentence, this short
LABEL_LINE_MAX = 60  # "作者：某某": one label and a short value
NAV_LINE_MAX = 80  # previous/next and print bars are short
FOOTER_LINE_MAX = 160  # copyright and licence lines are short
CRUMB_LINE_MAX = 80  # a breadcrumb line ...
CRUMB_PART_MAX = 30  # ... of short parts ...
CRUMB_LINK_DENSITY = 0.3  # ... mostly links when it has no "当前位置" prefix
LIST_HEADING_MAX = 18  # "更多关于…的资讯": a section title, not a sentence
LIST_ITEM_MAX = 90  # a stamped list item ("标题 2023-06-15") is one short line
STAMP_TAIL = 32  # the stamp's year sits in this many last characters

# --- page chrome (chrome.py) --------------------------------------------------------------

PROMO_MAX = 100  # a promo is one short appeal, never a paragraph
SHORT_PROMO = 20  # a promo this short ("扫码阅读全文") is chrome wherever it stands
CREDIT_MAX = 40  # a credit line names people ...
RETITLE_MAX = 160  # ... but a retitle line may carry a long title
BYLINE_MAX = 30  # "新京报记者 某某": an outlet, a role and two or three names
CAPTION_CREDIT_MAX = 16  # "某台报道截图": a picture's credit with no description
CREDIT_READ_MAX = 80  # a longer line is prose, and prose is never read for credits
CREDIT_ALONE_MAX = 24  # "本报记者 张三 李四 王五": a credit line alone is short
STORY_PARAGRAPH_CHARS = 20  # a paragraph of the story's prose is at least this long
UI_MAX = 60  # a toolbar or a player message is one short line
STATS_FIELD_MAX = 24  # each field of a "date | 123次阅读 | 来源" bar is this short
TAG_LINE_MAX = 80

# --- cleaning the kept lines (paragraphs.py) ----------------------------------------------

INFO_LINE_STORY_CHARS = 40  # a kept line this long is story: info lines come before it
REPEATED_PARAGRAPH_CHARS = 50  # a repeated line this long is a hidden copy, not a refrain
LEARNED_MAX_SHARE = 0.5  # the learned boilerplate layer never takes more of a story than this
MAX_UNDECODABLE_SHARE = 0.02  # more lost characters than this: not an article
