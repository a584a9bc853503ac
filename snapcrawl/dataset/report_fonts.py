"""A CJK-capable font for the report's charts, found at report time, or a clear error.

Simplified Chinese glyph forms come first: the ``pylopdf-fonts-zh-cn`` wheel ships
Noto Sans SC (SIL Open Font License 1.1), then a system Simplified Chinese font
(Debian's ``fonts-noto-cjk`` has Noto Sans CJK SC), and only then Noto Sans CJK JP
from ``notojp-matplotlib`` (Japanese glyph forms for some Chinese characters) or
another system CJK font. Packaged fonts are only read, never imported (importing
notojp-matplotlib would change matplotlib's global settings). With none, the report
stops with the fix rather than draw empty boxes.
"""

from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matplotlib import font_manager
from matplotlib.ft2font import FT2Font

from snapcrawl.errors import SnapcrawlError

# Characters a font must draw to be used: the charts' own Chinese words and common ones.
CJK_SAMPLE = "中文汉字每日文章类别关键词重复噪声主机运行这们说门为国"
# (importable package, font file inside it); read in place, never imported.
PACKAGED_SC_FONTS = (("pylopdf_fonts_zh_cn", "NotoSansSC-Regular.otf"),)
PACKAGED_FONTS = (("notojp_matplotlib", "fonts/NotoSansCJKjp-Regular.otf"),)
# Families of system fonts with Simplified Chinese glyph forms, in order of preference.
SYSTEM_SC_FAMILIES = (
    "Noto Sans SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
)
# Other system fonts that cover Chinese.
SYSTEM_FAMILIES = (
    "Noto Sans CJK JP",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
)
FALLBACK_FAMILY = "DejaVu Sans"  # matplotlib's own font, for what the CJK font lacks
REPLACEMENT = "?"

INSTALL_HINT = (
    "no CJK-capable font found for the report's charts: "
    "reinstall snapcrawl (python -m pip install -e .), which installs "
    "pylopdf-fonts-zh-cn (Noto Sans SC), or install a system CJK font "
    "(apt-get install fonts-noto-cjk)"
)


class MissingCjkFontError(SnapcrawlError):
    """No font that draws Chinese: the charts would show empty boxes."""


@dataclass(frozen=True)
class CjkFont:
    """A registered CJK font: the file matplotlib resolves ``family`` to, and what it draws."""

    path: Path
    family: str
    codepoints: frozenset[int]

    def rc_params(self) -> dict[str, Any]:
        """matplotlib settings that draw every text of a chart with this font."""
        return {
            "font.family": [self.family, FALLBACK_FAMILY],
            "axes.unicode_minus": False,
        }

    def drawable(self, text: str) -> str:
        """``text`` with characters neither this font nor the fallback has replaced by "?"."""
        fallback = _fallback_codepoints()
        return "".join(
            ch
            if ord(ch) in self.codepoints or ord(ch) in fallback or ch in "\n\t "
            else REPLACEMENT
            for ch in text
        )


def find_cjk_font(
    packaged: tuple[tuple[str, str], ...] = PACKAGED_FONTS,
    system_families: tuple[str, ...] = SYSTEM_FAMILIES,
    packaged_sc: tuple[tuple[str, str], ...] = PACKAGED_SC_FONTS,
    system_sc_families: tuple[str, ...] = SYSTEM_SC_FAMILIES,
) -> CjkFont:
    """The first CJK font that draws Chinese, registered with matplotlib, else an error:
    Simplified Chinese ones (shipped, then system) before the others (shipped, then system)."""
    for packages, families in ((packaged_sc, system_sc_families), (packaged, system_families)):
        for path in _packaged_paths(packages):
            font = _register(path)
            if font is not None:
                return font
        for family in families:
            for entry in font_manager.fontManager.ttflist:
                if entry.name == family:
                    font = _register(Path(entry.fname))
                    if font is not None:
                        return font
    raise MissingCjkFontError(INSTALL_HINT)


def _packaged_paths(packaged: tuple[tuple[str, str], ...]) -> list[Path]:
    paths = []
    for package, relative in packaged:
        spec = importlib.util.find_spec(package)  # locates, does not import
        if spec is None or not spec.submodule_search_locations:
            continue
        for location in spec.submodule_search_locations:
            path = Path(location) / relative
            if path.is_file():
                paths.append(path)
    return paths


def _register(path: Path) -> CjkFont | None:
    """Add the font to matplotlib's font manager; None unless it draws CJK_SAMPLE.

    The font is used only if matplotlib resolves its family name back to a
    file that draws the sample (normally this very file).
    """
    codepoints = _codepoints(path)
    if codepoints is None or not _covers(codepoints):
        return None
    manager = font_manager.fontManager
    if not any(Path(entry.fname) == path for entry in manager.ttflist):
        manager.addfont(str(path))
    family = font_manager.FontProperties(fname=str(path)).get_name()
    try:
        resolved = Path(
            font_manager.findfont(
                font_manager.FontProperties(family=family), fallback_to_default=False
            )
        )
    except ValueError:
        return None
    if resolved != path:
        codepoints = _codepoints(resolved)
        if codepoints is None or not _covers(codepoints):
            return None
    return CjkFont(resolved, family, codepoints)


def _codepoints(path: Path) -> frozenset[int] | None:
    try:
        return frozenset(FT2Font(str(path)).get_charmap())
    except (OSError, RuntimeError, ValueError):
        return None


def _covers(codepoints: frozenset[int]) -> bool:
    return all(ord(ch) in codepoints for ch in CJK_SAMPLE)


@functools.cache
def _fallback_codepoints() -> frozenset[int]:
    path = font_manager.findfont(font_manager.FontProperties(family=FALLBACK_FAMILY))
    return _codepoints(Path(path)) or frozenset()
