"""The report page's own CJK font, so its text and tables read on a machine with no CJK font.

The charts' font (``report_fonts``: Noto Sans SC first) is cut down to the CJK characters
the page uses (fontTools, which matplotlib already depends on) and written beside the
page with its licence, like the chart PNGs; the page loads it with ``@font-face``. The
face covers only CJK code points (``unicode-range``), so Latin text keeps the browser's
sans-serif, and Chinese is drawn in the chart font's glyph forms whatever fonts the
machine has. A page with no CJK character gets no font file.
"""

from __future__ import annotations

import re
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

from snapcrawl.dataset.report_fonts import CjkFont
from snapcrawl.files import atomic_path

FONT_FILE = "cjk-font.otf"
LICENSE_FILE = "cjk-font-LICENSE.txt"
FAMILY = "snapcrawl report CJK"
OFL_TEXT = Path(__file__).with_name("OFL-1.1.txt")
# CJK radicals, punctuation, kana, bopomofo, ideographs, compatibility, full-width forms.
CJK = re.compile(
    "[\u2e80-\u2fdf\u3000-\u31bf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0002fa1f]"
)
UNICODE_RANGE = (
    "U+2E80-2FDF,U+3000-31BF,U+3400-4DBF,U+4E00-9FFF,U+F900-FAFF,U+FE30-FE4F,"
    "U+FF00-FFEF,U+20000-2FA1F"
)


def write_webfont(font: CjkFont, text: str, directory: Path) -> str:
    """Write the subset of ``font`` that draws ``text``'s CJK characters beside the page;
    return the CSS ``@font-face`` rule that loads it ("" when the text has none)."""
    characters = sorted({ch for ch in CJK.findall(text) if ord(ch) in font.codepoints})
    target, notice = directory / FONT_FILE, directory / LICENSE_FILE
    if not characters:
        target.unlink(missing_ok=True)
        notice.unlink(missing_ok=True)
        return ""
    face = _open(font)
    copyright_line = face["name"].getDebugName(0) or ""
    options = subset.Options()
    options.layout_features = ["*"]  # vertical and locale forms stay as the font has them
    options.name_IDs = ["*"]  # the copyright and licence entries stay in the file
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(characters))
    subsetter.subset(face)
    with atomic_path(target) as temp:
        face.save(str(temp))
    notice.write_text(
        f"{FONT_FILE}: the characters this report uses, cut from {font.family} "
        f"({font.path.name}).\n{copyright_line}\n\n{OFL_TEXT.read_text('utf-8')}",
        encoding="utf-8",
    )
    return (
        f'@font-face{{font-family:"{FAMILY}";src:url("{FONT_FILE}") format("opentype");'
        f"unicode-range:{UNICODE_RANGE}}}"
    )


def _open(font: CjkFont) -> TTFont:
    """The font's face; in a collection (.ttc), the one named ``font.family``."""
    if font.path.suffix.lower() != ".ttc":
        return TTFont(str(font.path))
    faces = TTCollection(str(font.path)).fonts
    named = [face for face in faces if face["name"].getDebugName(1) == font.family]
    return (named or faces)[0]
