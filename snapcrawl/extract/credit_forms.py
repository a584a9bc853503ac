"""Credit lines in the forms the credit patterns are not written in: traditional characters,
a bracketed label, roles joined by "·" or "、", and English role names.

``credit_lines.is_credit`` reads a credit in its common simplified form ("责任编辑：X",
"记者 X", "编辑｜X"). Pages also write the same credit as "責任編輯：X" (Hong Kong, Taiwan
and overseas sites), "【作者】X" (the label in brackets), "作者·X" or "编辑、校对：X" (a
dot or a list mark between roles), and "Editor: Zhang Wei" or "By Zhou Yu" (English
editions and bilingual features). ``plain_form`` rewrites the first three into the common
form, so the one credit test decides (its name and sentence checks included: "【编者按】…"
stays a sentence); ``english_credit`` reads the fourth by its own shape: a role, then only
capitalised names.
"""

from __future__ import annotations

import re

from snapcrawl.extract import thresholds

# The traditional characters of credit words (編輯, 責任, 記者, 審核, 校對, 攝影, 來源 …),
# and the full-width slash and the colons a page may type for "/" and "：" (摄影／X, the
# ratio sign 编辑∶X, the small colon 撰文﹕X of Hong Kong pages, the vertical ︓), mapped to
# their simplified forms. A line none of them changes is left alone.
_TRADITIONAL = str.maketrans(
    "編輯責記審對攝報訊導製圖來實習約員譯劃籌計設監發網錄聲專稿簽視頻題終總執剪後臺／∶﹕︓",
    "编辑责记审对摄报讯导制图来实习约员译划筹计设监发网录声专稿签视频题终总执剪后台/：：：",
)
# The characters _TRADITIONAL changes: one search says whether a line has any (~0.2 us), where
# ``text.translate(_TRADITIONAL) != text`` builds the line anew (~2.7 us a line asked).
_TRADITIONAL_CHARS = re.compile(
    "[" + re.escape("".join(chr(k) for k, v in _TRADITIONAL.items() if v != k)) + "]"
)
# Only the credit words themselves are rewritten: a name or an outlet (海港日報, 陳立)
# stays as written, as the source and author readers must give it.
_TRADITIONAL_WORD = re.compile(
    r"責任編輯|責編|編輯|編審|編譯|編導|記者|審核|審校|審稿|審簽|終審|校對|攝影|攝像|來源|圖片|圖源|"
    r"實習生|實習|見習|特約|通訊員|監製|總監製|製片人?|製作|策劃|統籌|設計|翻譯|簽發|視頻|剪輯|"
    r"後期|執行|總編|專欄|本報|本臺|本網|發自|題圖|圖|文／圖|[／∶﹕︓]"
)
# "—— 编辑：X", "-- 责编：X", "（完）编辑：X": a rule or the end marker before the credit
# closing the story.
_LEADING_RULE = re.compile(r"^(?:[—–－\-~～]{1,6}|[（(]完[)）])\s*")
# "（记者 X）（完）", "编辑：X —END—": the end marker glued after the credit closing the story.
_TRAILING_END = re.compile(r"(?<=\S)\s*(?:[（(【\[]完[)）】\]]|[—–\-]{1,4}\s*END\s*[—–\-]{1,4})$")
# "编 辑：X", "记　者：X": a two-character label padded to the width of a longer one.
_PADDED_LABEL = re.compile(r"^([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])(?=[ \u3000]*[:：|｜丨])")
# "李明/文 王芳/图", "李明 周远 / 文": the names before their role, the role after a slash.
_NAME_THEN_ROLE = re.compile(
    r"([\u4e00-\u9fff·]{2,4}(?:[ 、][\u4e00-\u9fff·]{2,4}){0,3})\s*/\s*"
    r"(文图|图文|文|图|摄影|摄)(?![\u4e00-\u9fff])"
)
# "文字编辑 王芳", "视频剪辑 李明": a qualified role, a space where the colon would stand, and
# only names after it (a phrase before the role, "我们的编辑", is a sentence's).
_QUALIFIED_SPACED = re.compile(
    r"^([^\s的是在和说]{1,4}(?:编辑|剪辑|摄像|统筹|校对|审核|监制|主编|美编|设计|策划))"
    r"[ \u3000]+"
    r"(?=[\u4e00-\u9fff·]{2,4}(?:[ \u3000、][\u4e00-\u9fff·]{2,4}){0,3}$)"
)
# "【作者】X", "[来源] X", "〔责编〕X": a short label in brackets opening the line. A bracketed
# kind of content (【视频】, 【图片】, 【摄影】, 【图文】) heads an item or a subhead
# ("【摄影】一组照片记录乡村变化"), not a credit: it is left as written.
_BRACKETED_LABEL = re.compile(
    r"^[【\[〔]\s*(?!(?:视频|音频|图片|图文|摄影|图|文)\s*[】\]〕])([\u4e00-\u9fff]{1,6})\s*[】\]〕]\s*(?=\S)"
)
# "作者·X", "编辑·X": a dot after a short label where a colon would stand (a transliterated
# name, 玛丽·居里, has the same shape, so the label test decides, not this rewrite).
_DOT_LABEL = re.compile(r"^([\u4e00-\u9fff]{1,4})\s*·\s*(?=\S)")
# "文/Text：X", "编辑 Editor：X": a bilingual page's label, the role and its English name
# (after a slash or a space: "朋友Email:" is a form's field) before the colon; the Chinese
# role stands for both (each credit of a row has its own).
_BILINGUAL_LABEL = re.compile(
    r"(?<![^\s|｜丨])([\u4e00-\u9fff]{1,4})(?:\s*[/／]\s*|\s+)[A-Z][A-Za-z]*(?:\s[A-Z][A-Za-z]*)?"
    r"(?=\s*[:：])"
)
_LATIN = re.compile(r"[A-Za-z]")
# "编辑、校对：X", "策划·统筹：X", "文字/摄影：X": roles joined before one separator; the
# last role stands for them (every one of them is a role or the credit test says no).
_JOINED_ROLES = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,4}\s*[、·/]\s*)+(?=[\u4e00-\u9fff]{1,4}\s*[:：|｜丨])"
)

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
    r"(?:(?:Chief|Senior|Executive|Managing|Copy|Video|Photo|Picture|Contributing)\s+)?"
    r"(?:Contributing|Contributors?|Editors?|Reporters?|Correspondents?|Writers?|Authors?|Photos?|Photographs?|"
    r"Photographers?|Producers?|Designers?|Translators?|Illustrations?|Graphics?|Video|"
    r"Source|Text|Words|Story|Proofreaders?|Images?|Pictures?|Reporting|Editing|Writing|"
    # a video's crew ("Producer: X; Videographer: Y", "Reporter | X  Camera | Y")
    r"Videographers?|Camera(?:man|men|person)?|Cinematographers?|Hosts?|Anchors?|Presenters?|"
    r"Narrators?|Directors?|Animators?|Illustrators?|Coordinators?|Researchers?|Interns?)"
)
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


def plain_form(text: str) -> str | None:
    """``text`` rewritten into the common simplified credit form, or ``None`` when no
    rewrite applies (the line is already in it, or too long to be a credit)."""
    if len(text) > thresholds.CREDIT_MAX:
        return None
    plain = text
    if _TRADITIONAL_CHARS.search(text):  # one class scan before the word pattern
        plain = _TRADITIONAL_WORD.sub(lambda m: m[0].translate(_TRADITIONAL), text)
    if plain[:1] in "—–－-~～（(":
        plain = _LEADING_RULE.sub("", plain, count=1)
    # _TRAILING_END's two ends spell out 完 or END: without either it cannot match, and its
    # unanchored scan costs ~5 us a line ending in a bracket.
    if plain[-1:] in "）)】]—–-" and ("完" in plain or "END" in plain):
        plain = _TRAILING_END.sub("", plain, count=1)
    # A sub with a template (r"\1：") parses the template on every call (~2 us, in Python,
    # match or not): each is run only on a line its pattern matches (a match or search
    # ~0.2 us); with no match the sub would give the line back unchanged.
    if plain[:1] in "【[〔" and _BRACKETED_LABEL.match(plain):
        plain = _BRACKETED_LABEL.sub(r"\1：", plain, count=1)
    if ("：" in plain or ":" in plain) and bilingual_label(plain):  # its colon, before the call
        plain = _BILINGUAL_LABEL.sub(lambda m: m[1], plain)
    if " " in plain or "\u3000" in plain:
        if _PADDED_LABEL.match(plain):
            plain = _PADDED_LABEL.sub(r"\1\2", plain, count=1)
        if _QUALIFIED_SPACED.match(plain):
            plain = _QUALIFIED_SPACED.sub(r"\1：", plain, count=1)
    if "/" in plain and _NAME_THEN_ROLE.search(plain):
        plain = _NAME_THEN_ROLE.sub(r"\2/\1", plain)
    if "、" in plain or "·" in plain or "/" in plain:  # cheaper than either pattern's scan
        plain = _JOINED_ROLES.sub("", plain, count=1)
        if "·" in plain and _DOT_LABEL.match(plain):  # its dot, spelled out
            plain = _DOT_LABEL.sub(r"\1：", plain, count=1)
    return plain if plain != text else None


def bilingual_label(text: str) -> bool:
    """Whether a credit's label carries its English name before the colon ("文/Text：X",
    "编辑 Editor：X"): the readers take the name from the plain form, not the English word."""
    return (
        ("：" in text or ":" in text)
        and _LATIN.search(text) is not None
        and _BILINGUAL_LABEL.search(text) is not None
    )


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
    if ";" in text or "|" in text or "｜" in text or "  " in text.strip() or "," in text:
        if _row_parts(text) is not None:
            return True
        if ";" in text:
            return False
    return _english_part(text)


def _row_parts(text: str) -> list[str] | None:
    """The credits of an English row ("Reporting by X; Editing by Y", "Reporter | X  Camera
    | Y", "By X | China Daily | Updated: …"), or ``None`` when ``text`` is no such row."""
    for split in (_EN_ROW_SPLIT, _EN_WIDE_SPLIT):
        parts = [p for p in split.split(text.strip()) if p]
        if len(parts) < 2 or not _english_part(parts[0]):
            continue
        # after the first credit, a byline's row may name its outlet and its time
        byline = parts[0].lstrip(" ([").lower().startswith("by")
        if all(_english_part(p) or (byline and _EN_ROW_EXTRA.match(p)) for p in parts[1:]):
            return parts
    return None


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
            r"^[\s(（\[【]*(?:(?:\w+\s+)?Editors?\s*[:：|｜]|(?:Edited|Editing)\s+by)\s*", re.I
        ),
        "编辑：",
    ),
    (
        re.compile(
            r"^[\s(（\[【]*(?:Contributing\s+)?(?:Reporters?|Correspondents?)\s*[:：|｜]\s*", re.I
        ),
        "记者：",
    ),
    (
        re.compile(
            r"^[\s(（\[【]*(?:(?:Text|Words|Story|Writers?|Authors?)\s*(?:[:：|｜]|\bby\b)"
            r"|(?:(?:Written|Reported)(?:\s+and\s+\w+)?\s+|Reporting\s+)?by\b)(?:\s*:)?\s*",
            re.I,
        ),
        "作者：",
    ),
)


def reading_form(text: str) -> str | None:
    """A credit line as the author and editor readers (credits.py) read it: in the
    common simplified form, an English author's or editor's credit under its Chinese
    label ("Editor: Zhang Wei" -> "编辑：Zhang Wei"); ``None`` when it reads as written."""
    if (plain := plain_form(text)) is not None:
        return plain
    if not english_credit(text):
        return None
    # a row ("Reporting by X; Editing by Y") is read credit by credit; "Editor: Li  Hua"
    # is one credit with a wide space in it
    parts = _row_parts(text) or [text]
    read = [form for part in parts if (form := _english_reading(part))]
    return " ".join(read) or None


# Where a name's bearer filed from is no part of the name: "作者：Sarah Liu in Shanghai".
_EN_FILED_IN_AFTER = re.compile(_EN_FILED_IN[3:-2] + r"(?=\s*(?:,|&|\band\b|$))")


def _english_reading(text: str) -> str | None:
    for label, chinese in _EN_AS_LABEL:
        if label.match(text):
            read = label.sub(chinese, text, count=1).rstrip(" )）]】")
            return _EN_FILED_IN_AFTER.sub("", read) if " in " in read else read
    return None
