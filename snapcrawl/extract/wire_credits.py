"""A foreign wire's credit translated with its names left in Latin script: "(Anna Smith报道和
写作;编辑:John Brown和Peter Lee)" is a Chinese reprint's "(Reporting and writing by Anna
Smith; Editing by John Brown and Peter Lee)", word for word.

The names are not Han names, so the Chinese credit readers (which look for two to four Han
characters after a role word) miss them and the line closes the story as if it were its
last paragraph. The line is rewritten into the English credit it translates, which the
English readers already know (english_credits): the writer is the author, the editor the
editor, and the line is a credit, not the story.
"""

from __future__ import annotations

import re

# A person's name, two to four capitalised words: one word alone ("(Reuters报道)") is an
# outlet's report, not a person's credit.
_NAME = r"[A-Z][A-Za-z'’.\-]*(?:[ \u00a0]+[A-Z][A-Za-z'’.\-]*){1,3}"
_JOIN = r"\s*(?:和|与|與|及|、|,|，|&|\band\b)\s*"
_NAMES = _NAME + r"(?:" + _JOIN + _NAME + r"){0,3}"
# (X报道, (X报道和写作, (X报道并撰稿; 编辑:Y和Z): the writers, then maybe the editors.
_WIRE_CREDIT = re.compile(
    r"^[(（]\s*(?P<writers>" + _NAMES + r")\s*(?:报道|报导|報導|報道)"
    r"(?:(?:和|与|與|及|并|並)(?:写作|寫作|撰稿|撰写|撰寫|撰文))?"
    r"(?:\s*[;；,，]\s*(?:编辑|編輯)\s*[:：]?\s*(?P<editors>" + _NAMES + r"))?"
    r"\s*[)）]$"
)
_JOINED = re.compile(_JOIN)


def translated_wire_credit(text: str) -> str | None:
    """The English credit a translated wire credit (see the module) spells, else ``None``."""
    if text[:1] not in "(（" or ("报" not in text and "報" not in text):
        return None  # a cheap look first: few lines open with a bracket and name a report
    match = _WIRE_CREDIT.match(text)
    if match is None:
        return None
    english = "(Reporting by " + _JOINED.sub(" and ", match["writers"])
    if match["editors"]:
        english += "; Editing by " + _JOINED.sub(" and ", match["editors"])
    return english + ")"
