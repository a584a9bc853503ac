"""English credits: a role word and only capitalised names ("Editor: Zhang Wei", "Photos by
Li Na and Wang Lei", "By Zhou Yu"), rows of them ("Reporting by X; Editing by Y", "Reporter |
X  Camera | Y", "By X | China Daily | Updated: …"), who contributed and how to reach the
writer; and each credit read under the Chinese label the author and editor readers know.

English editions and bilingual features credit in English; ``credit_lines.is_credit`` asks
``english_credit`` after its Chinese tests, and ``credit_forms.reading_form`` reads a row
credit by credit (``english_row``, ``english_reading``).
"""

from __future__ import annotations

import re

from snapcrawl.extract import thresholds
from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.pinyin_names import is_pinyin_of

# English credits: a role word and only names ("Editor: Zhang Wei", "Photos by Li Na and
# Wang Lei", "By Zhou Yu"). A name is one to three capitalised words.
_EN_NAME = r"[A-Z][a-z'-]*\.?(?:\s+[A-Z][a-z'-]*\.?){0,2}"
# Each name may say where its bearer filed from ("By Sarah Liu in Shanghai and Sam Lee in
# Tianjin").
_EN_FILED_IN = r"(?:\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
# Names set apart by commas, "and", "&" or a slash ("Chen Hao/China Daily"), maybe after an
# outlet's possessive ("CGTN's Liu Jing") and before where they filed from ("in Beijing").
_EN_NAMES = (
    r"(?:[A-Z]{2,}'s\s+)?"
    + _EN_NAME
    + _EN_FILED_IN
    + r"(?:\s*(?:,|&|/|\band\b)\s*"
    + _EN_NAME
    + _EN_FILED_IN
    + r"){0,4}"
    + _EN_FILED_IN
)
_EN_ROLE = (
    r"(?:(?:Chief|Senior|Executive|Managing|Copy|Video|Photo|Picture|Image|Contributing)\s+)?"
    r"(?:Contributing|Contributors?|[Cc]redits?|Editors?|Reporters?|Correspondents?|Writers?|Authors?|Photos?|Photographs?|"
    r"Photographers?|Producers?|Designers?|Translators?|Illustrations?|Graphics?|Video|"
    r"Source|Text|Words|Story|Proofreaders?|Images?|Pictures?|Reporting|Editing|Writing|"
    # a video's crew ("Producer: X; Videographer: Y", "Reporter | X  Camera | Y")
    r"Videographers?|Camera(?:man|men|person)?|Cinematographers?|Hosts?|Anchors?|Presenters?|"
    r"Narrators?|Directors?|Animators?|Illustrators?|Coordinators?|Researchers?|Interns?)"
)
EN_ROLE = _EN_ROLE  # credit_forms reads a bilingual label by it ("Text / 文 X")
# A person's role alone on its line, the names alone on the next ("Reporter" | "Li Ming",
# "Editor:" | "Zhao Lan"): credit_pairs reads the pair. The crew's roles only, not what a
# credit may name as its own (Source, Video, Story: a section's heading as often).
_EN_ROLE_ALONE = re.compile(
    r"^[\s(（\[【]*(?:(?:Chief|Senior|Executive|Managing|Copy|Photo|Picture|Contributing)\s+)?"
    r"(?:Reporters?|Correspondents?|Editors?|Writers?|Authors?|Photographers?|Producers?|"
    r"Designers?|Translators?|Illustrators?|Videographers?|Camera(?:man|men|person)|"
    r"Cinematographers?|Proofreaders?|Contributors?|Text|Words|Photos?)"
    r"\s*[:：]?[\s)）\]】]*$"
)


def english_label_alone(text: str) -> bool:
    """Whether ``text`` is an English credit's role and nothing else ("Reporter", "Editor:")."""
    return _EN_ROLE_ALONE.match(text) is not None


# What the credited did, before "by" ("Written and edited by X", "Reported and written by X").
_EN_DONE = (
    r"(?:Edited|Written|Reported|Translated|Produced|Designed|Compiled|Photographed"
    r"|Illustrated|Filmed|Shot|Directed|Hosted|Narrated|Animated)"
)
_EN_CREDIT = re.compile(
    r"^[\s(（\[【]*(?:(?:Additional\s+)?" + _EN_ROLE + r"\s*(?::|：|\||｜|/|\bby\b)\s*"
    r"|(?:"
    + _EN_DONE
    + r"(?:\s+and\s+"
    + _EN_DONE
    + r")?\s+)?by(?:\s*:)?\s+)"
    + _EN_NAMES
    + r"[\s)）\]】]*$",
    re.IGNORECASE,
)
# "By Zhou Yu", "By Jane Doe and John Smith": a bare "By" needs a first name of two or three
# words ("By Design", "By Friday, the river…" are prose).
_EN_BARE_BY = re.compile(
    r"^By\s+(?:[A-Z]{2,}'s\s+)?[A-Z][a-z'-]*\.?(?:\s+[A-Z][a-z'-]*\.?){1,2}"
    + _EN_FILED_IN
    + r"(?:\s*(?:,|&|\band\b)\s*"
    + _EN_NAME
    + _EN_FILED_IN
    + r"){0,3}$"
)
# Words that make a capitalised run a title, not a name ("BY THE NUMBERS", "Photo: In Focus").
_EN_NOT_NAME = frozenset({"The", "A", "An", "Of", "On", "In", "At", "For", "To", "From", "With"})
# "Editor: X | Designer: Y"; "Story by X, photos by Y": a comma before the next role's "by"
_EN_ROW_SPLIT = re.compile(
    r"\s*;\s*|\s+[|｜]\s+|\s{2,}|\s*,\s*(?=(?:" + _EN_ROLE + r"|" + _EN_DONE + r")\s+by\b)",
    re.IGNORECASE,
)
# "Reporter | X  Camera | Y": a role and its name behind a bar, the credits set apart by
# semicolons, wide spaces or a space before the next role's bar or colon (a page's spaces
# collapse to one); the bar split above cuts each role from its name.
_EN_WIDE_SPLIT = re.compile(
    r"\s*;\s*|\s{2,}|\u3000+|\s+(?=" + _EN_ROLE + r"\s*[|｜:：])", re.IGNORECASE
)
# What may follow a byline in its row: the outlet ("China Daily") and when the story was
# posted ("Updated: 2024-10-01 07:25"): "By X | China Daily | Updated: …".
_EN_ROW_EXTRA = re.compile(
    r"^(?:(?:Updated|Published|Posted|Released|Date)\s*:?\s*[\dA-Za-z][\d/:., A-Za-z-]{5,28}"
    r"|[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})$"
)
_EN_ALLOWED_LOWER = frozenset({"and", "by", "in"})
# "Chen Lei contributed to this story.", "Xinhua and AFP contributed to this report.": who
# helped, named before the verb (an agency's name may be in capitals); and "Contact the
# writer at x@chinadaily.com.cn": how to reach the one who wrote it.
_EN_AGENT = r"[A-Z][A-Za-z'.-]*(?:\s[A-Z][A-Za-z'.-]*){0,2}"
_EN_CONTRIBUTED = re.compile(
    rf"^{_EN_AGENT}(?:\s*(?:,|\band\b)\s*{_EN_AGENT}){{0,4}}\s+(?:also\s+)?contributed\s+to\s+"
    r"(?:this|the)\s+(?:story|report|article)\.?$"
)
_EN_CONTACT = re.compile(
    r"^Contact\s+(?:the\s+)?(?:writers?|reporters?|authors?|editors?)\s+at\s+\S+@\S+?"
    r"(?:\s*(?:,|\band\b)\s*\S+@\S+?)*\.?$",
    re.IGNORECASE,
)
# Latin names take more characters than Chinese ones: "Additional reporting by Zhang Wei in
# Shanghai" is one credit.
_EN_PART_MAX = thresholds.CREDIT_MAX + 16


def english_credit(text: str) -> bool:
    """Whether ``text`` is an English credit: a role word and only capitalised names; or a
    row of them set apart by semicolons, bars or wide spaces ("Reporting by X; Editing by
    Y"). A line in capitals ("BY DAVID CHEN") is read in title case."""
    if not text[:1].isascii() or len(text) > 3 * thresholds.CREDIT_MAX:
        return False
    if "contributed" in text and _EN_CONTRIBUTED.match(text):  # its verb, spelled out
        return True
    if text[:1] in "Cc" and _EN_CONTACT.match(text):
        return True
    if (
        ";" in text
        or "|" in text
        or "｜" in text
        or "  " in text.strip()
        or "\u3000" in text  # a Chinese page's wide space between two credits
        or "," in text
    ):
        if english_row(text) is not None:
            return True
        if ";" in text:
            return False
    return _english_part(text) or _chinese_named(text)


# A bilingual page's English role before a Chinese name ("Photo by 乔安然", "Editor: 宋清源",
# "Text / 许知远"): the role as written, capitalised (no IGNORECASE: case-folding a CJK
# range costs ~30 ms to compile), the name as any non-ASCII word (a CJK range costs ~1 ms
# more; _chinese_named asks for a CJK last character). Compiled on first use (re's cache).
_EN_ROLE_CHINESE_NAME = (
    r"^[\s(（\[【]*" + _EN_ROLE + r"(?:\s*(?::|：|\||｜|/|／)\s*|\s+by\s+|\s+)"
    r"(?:[^\x00-\x7f\s·（）【】]{2,4}|[^\x00-\x7f\s·（）【】]{1,5}·[^\x00-\x7f\s·（）【】]{1,8})"
    r"[\s)）\]】]*$"
)


# A name's romanization after it, in brackets ("濮静 (Pu Jing)").
_ROMANIZED_END = re.compile(r"(?<=[\u4e00-\u9fff])\s*[(（]([A-Za-z][A-Za-z '-]{1,40})[)）]\s*$")
_ROLE_HEAD = 32  # "Contributing Photographer: " and a bracket before it, at most
_ROLE_SEPARATORS = ":：|｜/／"


def _chinese_named(text: str) -> bool:
    """An English role, then a Chinese name alone (two to four characters, or a name with
    "·" in it). A name's last character ends the line (its bracket may close it)."""
    first = text.lstrip(" (（[【")[:1]  # a role's capital: most lines (digits, dates) fail it
    if text[-1:] in ")）" and (roman := _ROMANIZED_END.search(text)):
        name = text[: roman.start()].rsplit(None, 1)[-1].lstrip(":：|｜/／")
        if is_pinyin_of(name, roman[1]):  # "Reporter: 濮静 (Pu Jing)": the name again
            text = text[: roman.start()]
    last = text.rstrip(" )）]】")[-1:]
    if not ("A" <= first <= "Z" and "\u4e00" <= last <= "\u9fff"):
        return False
    head = text[:_ROLE_HEAD]  # the role's separator or its "by" stands near the line's start
    if " by " in head or any(c in head for c in _ROLE_SEPARATORS):
        return re.match(_EN_ROLE_CHINESE_NAME, text) is not None
    # a mere space ("Writer 司空晓"): the change of script sets the name apart, and only a
    # person's name of its shape follows ("Story 一则" is a heading)
    return (
        " " in head
        and re.match(_EN_ROLE_CHINESE_NAME, text) is not None
        and is_name(text.rstrip(" )）]】").rsplit(None, 1)[-1])
    )


def english_row(text: str) -> list[str] | None:
    """The credits of an English row ("Reporting by X; Editing by Y", "Reporter | X  Camera
    | Y", "By X | China Daily | Updated: …"), or ``None`` when ``text`` is no such row."""
    for split in (_EN_ROW_SPLIT, _EN_WIDE_SPLIT):
        parts = [p for p in split.split(text.strip()) if p]
        if len(parts) < 2 or not _row_part(parts[0]):
            continue
        # after the first credit, a byline's row may name its outlet and its time
        byline = parts[0].lstrip(" ([").lower().startswith("by")
        if all(_row_part(p) or (byline and _EN_ROW_EXTRA.match(p)) for p in parts[1:]):
            return parts
    return None


def _row_part(text: str) -> bool:
    """A credit of a row: English names, or a Chinese page's Chinese name after its English
    role ("Text: 周宁 | Photo: 何远 | Editor: 罗兰")."""
    return _english_part(text) or _chinese_named(text)


def _english_part(text: str) -> bool:
    if len(text) > _EN_PART_MAX:
        return False
    head, _, rest = text.partition(" ")
    if text.isupper() or (rest.isupper() and head.lower() == "by"):  # "By LI HONGYANG"
        text = text.title().replace("'S ", "'s ")
    match = _EN_CREDIT.match(text)
    if not match:
        return False
    words = re.findall(r"[A-Za-z'-]+", text[match.start() :])
    if any(w in _EN_NOT_NAME for w in words):
        return False
    if text.lstrip(" ([").lower().startswith("by"):  # "By Design": one word is no name
        return _EN_BARE_BY.match(text.strip()) is not None
    # every name capitalised as written (the role match ignores case, names may not)
    return all(
        w[:1].isupper()
        for w in words
        if w.lower() not in _EN_ALLOWED_LOWER
        and not re.fullmatch(_EN_ROLE, w, re.I)
        and not re.fullmatch(_EN_DONE, w, re.I)
    )


# An English credit's role read as the Chinese label the author and editor readers know.
_EN_AS_LABEL = (
    (
        re.compile(
            r"^[\s(（\[【]*(?:(?:\w+\s+)?Editors?(?:\s*[:：|｜]|\s+(?=[^\x00-\x7f]))|(?:Edited|Editing)\s+by)\s*",
            re.I,
        ),
        "编辑：",
    ),
    (
        re.compile(
            r"^[\s(（\[【]*(?:Contributing\s+)?(?:Reporters?|Correspondents?)(?:\s*[:：|｜]|\s+(?=[^\x00-\x7f]))\s*",
            re.I,
        ),
        "记者：",
    ),
    (
        re.compile(
            r"^[\s(（\[【]*(?:(?:Text|Words|Story|Writers?|Authors?|Reporting)\s*(?:[:：|｜]|\bby\b|(?=[^\x00-\x7f]))"
            r"|(?:(?:Written|Reported)(?:\s+and\s+\w+)?\s+|Reporting\s+)?by\b)(?:\s*:)?\s*",
            re.I,
        ),
        "作者：",
    ),
)


# Where a name's bearer filed from is no part of the name: "作者：Sarah Liu in Shanghai".
_EN_FILED_IN_AFTER = re.compile(_EN_FILED_IN[3:-2] + r"(?=\s*(?:,|&|\band\b|$))")


def english_reading(text: str) -> str | None:
    """One English credit under the Chinese label the readers know ("Editor: X" ->
    "编辑：X"), or ``None`` for a role they do not read (a photographer's, a producer's)."""
    for label, chinese in _EN_AS_LABEL:
        if label.match(text):
            read = label.sub(chinese, text, count=1).rstrip(" )）]】")
            return _EN_FILED_IN_AFTER.sub("", read) if " in " in read else read
    return None
