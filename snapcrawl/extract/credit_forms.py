"""Credit lines in the forms the credit patterns are not written in: traditional characters,
a bracketed label, roles joined by "·" or "、", and English role names.

``credit_lines.is_credit`` reads a credit in its common simplified form ("责任编辑：X",
"记者 X", "编辑｜X"). Pages also write the same credit as "責任編輯：X" (Hong Kong, Taiwan
and overseas sites), "【作者】X" (the label in brackets), "作者·X" or "编辑、校对：X" (a
dot or a list mark between roles), and "Editor: Zhang Wei" or "By Zhou Yu" (English
editions and bilingual features). ``plain_form`` rewrites the first three into the common
form, so the one credit test decides (its name and sentence checks included: "【编者按】…"
stays a sentence); ``english_credits.english_credit`` reads the fourth by its own shape: a
role, then only capitalised names (``reading_form`` reads it under its Chinese label).
"""

from __future__ import annotations

import re

from snapcrawl.extract import thresholds
from snapcrawl.extract.chrome_vocab import (
    BYLINE_WORD,
    COUNT_FIELD,
    CREDIT_LABEL,
    CREDIT_SOURCE,
    CREW_LABEL,
    ICON_LABELS,
)
from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.credit_roles import is_role
from snapcrawl.extract.english_credits import EN_ROLE, english_credit, english_reading, english_row
from snapcrawl.extract.simplified import SIMPLIFIED
from snapcrawl.extract.wire_credits import translated_wire_credit

# The traditional characters of credit words (編輯, 責任, 記者, 審核, 校對, 攝影, 來源 …, the
# shared reading of ``simplified.py``), and the full-width slash and the colons a page may
# type for "/" and "：" (摄影／X, the ratio sign 编辑∶X, the small colon 撰文﹕X of Hong Kong
# pages, the vertical ︓; the box-drawing diagonal 攝影╱X of Taiwanese papers), mapped to their
# simplified forms. A line none of them changes is left alone.
_TRADITIONAL = {**SIMPLIFIED, **str.maketrans("／╱∶﹕︓", "//：：：")}
# The characters _TRADITIONAL changes: one search says whether a line has any (~0.2 us), where
# ``text.translate(_TRADITIONAL) != text`` builds the line anew (~2.7 us a line asked).
_TRADITIONAL_CHARS = re.compile(
    "[" + re.escape("".join(chr(k) for k, v in _TRADITIONAL.items() if v != k)) + "]"
)
# Only the credit words themselves are rewritten: a name or an outlet (海港日報, 陳立)
# stays as written, as the source and author readers must give it.
_TRADITIONAL_WORD = re.compile(
    r"責任編輯|責編|編輯|編審|編譯|編導|記者|審核|審校|審稿|審簽|終審|校對|攝(?:影|像)?|來源|圖片|圖源|"
    r"實習生|實習|見習|特約|通訊員|監製|總監製|製片人?|製作|策劃|統籌|設計|翻譯|簽發|視頻|剪輯|"
    r"後期|執行|總編|專欄|本報|本臺|本網|發自|報導|時間|題圖|圖|文／圖|採訪|採寫|來自|[／╱∶﹕︓]"
)
# "—— 编辑：X", "-- 责编：X", "（完）编辑：X": a rule or the end marker before the credit
# closing the story.
_LEADING_RULE = re.compile(r"^(?:[—–－\-~～]{1,6}|[（(]完[)）])\s*")
# "—— 采写：X / 摄影：Y ——": the rule that closes a credit as one opened it.
_TRAILING_RULE = re.compile(r"(?<=[^\s—–－\-~～])\s*[—–－\-~～]{1,6}$")
# "（记者 X）（完）", "编辑：X —END—": the end marker glued after the credit closing the story.
_TRAILING_END = re.compile(r"(?<=\S)\s*(?:[（(【\[]完[)）】\]]|[—–\-]{1,4}\s*END\s*[—–\-]{1,4})$")
# "编 辑：X", "记　者：X": a two-character label padded to the width of a longer one.
_PADDED_LABEL = re.compile(r"^([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])(?=[ \u3000]*[:：|｜丨])")
# "责 任 编 辑：X": a longer label spaced out character by character.
_SPACED_LABEL = re.compile(
    r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){2,3}(?=[ \u3000]*[:：|｜丨])"
)
# "李明/文 王芳/图 赵青/编辑", "李明 周远 / 文": the names before their role, the role after
# a slash (a role before a colon opens the next credit: "采写：X / 摄影：Y").
_NAME_THEN_ROLE = re.compile(
    r"([\u4e00-\u9fff·]{2,4}(?:[ 、][\u4e00-\u9fff·]{2,4}){0,3})\s*/\s*"
    r"(文图|图文|文|图|摄影|摄|责任编辑|责编|编辑)(?![\u4e00-\u9fff]|\s*[:：︰|｜丨])"
)
# "幸嘉禾｜撰稿", "李明 周远 | 文字": the writers' names alone on their line, then a bar or a
# slash and the writing role, as 文/X is written reversed (an outlet before a bar is longer
# than a name, and no other role is read so: "海港晚报 | 编辑" is a desk's line).
_NAMES_THEN_WRITER = re.compile(
    r"^([\u4e00-\u9fff·]{2,4}(?:[ 、][\u4e00-\u9fff·]{2,4}){0,3})\s*[/／|｜丨]\s*"
    r"(文字|撰稿|撰文|执笔|采写|文)$"
)
# "亚当·史密斯（Adam Smith）/文 《海港周刊》资深编辑", "张三/文 本报记者": a writer's name
# (a foreign one transliterated with its dots, maybe its own spelling in brackets), the
# writing role, then only the writer's post (a desk's role word closing it), no sentence.
_NAME_POST_THEN_WRITER = re.compile(
    r"^((?:[\u4e00-\u9fff]{1,6}(?:[·・][\u4e00-\u9fff]{1,8}){1,2}|[\u4e00-\u9fff]{2,4}))"
    r"(?:\s*[（(][A-Za-z][A-Za-z .'’-]{1,40}[)）])?\s*[/／]\s*(文|撰文|撰稿)"
    r"(?:[ \u3000]+[^\s，。；！？,;!?]{0,16}?"
    r"(?:记者|编辑|主编|主笔|作者|撰稿人|作家|评论员|研究员|教授|编译))?$"
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
# name, 玛丽·居里, has the same shape, so the label test decides, not this rewrite); not
# roles joined by the dot before their separator ("文·图/X": the writer's label as one).
_DOT_LABEL = re.compile(r"^([\u4e00-\u9fff]{1,4})\s*·\s*(?=\S)(?!(?:图|文|摄|摄影)\s*[/／|｜])")
# "记者·X　摄影·Y　编辑·Z": the later credits of a row that opened with a dotted label, each
# after a space, when its word is a role (compiled on first use: few lines are dotted rows).
_LATER_DOT_LABEL = (
    r"(?<=[ \u3000])(" + CREDIT_LABEL + "|" + CREW_LABEL + "|" + BYLINE_WORD + r")\s*·\s*(?=\S)"
)
# "文/Text：X", "编辑 Editor：X": a bilingual page's label, the role and its English name
# (after a slash or a space: "朋友Email:" is a form's field) before the colon; the Chinese
# role stands for both (each credit of a row has its own).
_BILINGUAL_LABEL = re.compile(
    r"(?<![^\s|｜丨])([\u4e00-\u9fff]{1,4})(?:\s*[/／]\s*|\s+)[A-Z][A-Za-z]*(?:\s[A-Z][A-Za-z]*)?"
    r"(?=\s*[:：])"
)
_LATIN = re.compile(r"[A-Za-z]")
# "本文作者：X｜本文编辑：Y｜阅读 3200": a row's count after its last credit, no credit's part.
_TRAILING_COUNT = re.compile(r"(?:[ \u3000]+|\s*[|｜丨]\s*)" + COUNT_FIELD + "$")
# "Text / 文 X　Photo / 图 Y　Editor｜编辑 Z": the English name before the role, each credit
# of the row with its own; the Chinese role (a role's word, the callback asks) stands for
# both. Capitalised as written (case-folding a CJK pattern costs ~30 ms to compile).
_LATIN_BEFORE_ROLE = re.compile(
    r"(?:^|(?<=[\s|｜丨]))" + EN_ROLE + r"\s*[/／|｜丨]?\s*"
    r"(?=([\u4e00-\u9fff]{1,4})(?:[\s:：︰/／|｜丨]))"
)


def _latin_before_role(match: re.Match[str]) -> str:
    return "" if is_role(match[1]) else match[0]


# "◇ 文字 X ◇ 摄影 Y": an ornament opening the row and standing between its credits.
_ORNAMENTS = "◇◆○●◎□■△▲☆★•"
_ORNAMENT_SEP = re.compile(r"[ \u3000]*[" + _ORNAMENTS + r"][ \u3000]*")
# "✍️ X　📷 Y": a pictograph (maybe with its emoji selector) before each name, opening the
# row and after each space.
_ICON_LABEL = re.compile(
    r"(?:^|(?<=[ \u3000]))([" + "".join(ICON_LABELS) + r"])\ufe0f?[ \u3000]*(?=[^\s\ufe0f])"
)
# "编辑、校对：X", "策划·统筹：X", "文字/摄影：X": roles joined before one separator; the
# last role stands for them (every one of them is a role or the credit test says no).
_JOINED_ROLES = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,4}\s*[、·/]\s*)+(?=[\u4e00-\u9fff]{1,4}\s*[:：︰|｜丨])"
    # "文、摄影／X": before a slash, the roles joined by 、 or a dot only (a slash joining
    # them would be read as the separator, "记者 / X · 编辑 / Y" a row of two credits)
    r"|^(?:[\u4e00-\u9fff]{1,4}[、·])+(?=[\u4e00-\u9fff]{1,4}\s*[/／])"
    # "撰文·摄影 X｜编辑 Y": roles joined by a dot, a space before the names; the last a
    # role's word ("采写·X　摄像·Y" is a row of dotted credits, X a name)
    r"|^(?:[\u4e00-\u9fff]{1,4}·)+(?=(?:"
    + CREDIT_LABEL
    + "|"
    + CREW_LABEL
    + "|"
    + BYLINE_WORD
    + r")[ \u3000]+[^\s:：|｜丨])"
)
# "摄影/文 X", "文字、摄影 X": the writer's role joined to the camera's, a space before the
# names (no separator after the roles): the writer, who also took the pictures.
_SPACED_WRITER_SHOT = re.compile(
    r"^(?:摄影?|摄像)\s*[/／、·]\s*(?:文字?|撰文)(?=[ \u3000]+[^\s:：|｜丨/／])"
    r"|^(?:文字?|撰文)\s*[/／、·]\s*(?:摄影?|摄像)(?=[ \u3000]+[^\s:：|｜丨/／])"
)
# "文‧圖／X", "文・图 X", "文·图 X": a dot (a Taiwanese U+2027, a Japanese-style U+30FB)
# joining the writer's role to the pictures', as the slash the readers know (文/图); the
# dotted-label reading would take 文· for a label and 图 for the name.
_ROLE_DOT = re.compile(r"(?:^|(?<=[\s|｜]))([文图圖])[·‧・]([文图圖])(?=[\s/／:：|｜])")
_ROLE_SPLIT = re.compile(r"\s*[、·/]\s*")
# "文．攝影／X", "編輯•校對／Y": a full-width or a bullet dot joining two roles before the
# separator, as the middle dot the joined-roles reading knows.
_WIDE_ROLE_DOT = re.compile(
    r"(?<=[\u4e00-\u9fff])[．‧・•](?=[\u4e00-\u9fff]{1,4}\s*[/／:：︰|｜丨])"
)
# A row's credits, each after a wide space or a bar: each may join its roles ("文、摄影／X
# 编辑、校对／Y").
_ROW_PARTS = re.compile(r"([ \u3000]+|\s*[|｜丨]\s*)")
# A role glued to a Latin name that follows it ("记者Anna Wu", "编辑Kevin Liu"): a page
# setting the name in its own script wrote no separator, the change of script being one.
# The role's last character before a capital, one class scan, comes first.
_GLUED_LATIN_AT = re.compile("[者员員生辑輯编編影文对對译譯][A-Z]").search
_ROLE_GLUED_LATIN = re.compile(
    r"((?:见习|实习|特约|首席)?(?:记者|通讯员|实习生|责任编辑|责编|编辑|作者|摄影|撰文|"
    r"校对|翻译|编译))(?=[A-Z][a-z]+(?:\s[A-Z][a-z]+)*(?:$|[\s\u3000|｜/／、,，;；]))"
)
_FIRST_ROLE = re.compile(r"^[\u4e00-\u9fff]{1,4}")
_PICTURE_ROLES = frozenset(("图", "图片", "摄", "摄影", "摄像", "视频"))
# The word after a pictograph: a role written there makes the pictograph a mark before it.
_WORD_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}")
_LISTED_ROLE = re.compile(
    "(?:" + "|".join((CREDIT_LABEL, CREW_LABEL, BYLINE_WORD, CREDIT_SOURCE)) + ")$"
)


def _icon_label(match: re.Match[str]) -> str:
    """The label a pictograph draws ("✍️ X" is 文：X), or nothing when the row writes its
    own role after it ("📝 文字 · X", "✂️ 剪辑：X": the pictograph only decorates it)."""
    word = _WORD_AFTER.match(match.string, match.end())
    if word is not None and (
        _LISTED_ROLE.match(word[0]) or (is_role(word[0]) and not is_name(word[0]))
    ):
        return ""
    return ICON_LABELS[match[1]] + "："


# The writer's roles among joined ones ("文、图", "文字/摄影"): the credit is the writer's.
_EDITOR_ROLES = frozenset(("编辑", "责编", "责任编辑", "编"))
_WRITER_ROLES = frozenset(("文", "文字", "撰文", "采写", "作者", "记者", "撰稿", "执笔"))


# A paper's credit for its whole page, "this page's" before the role ("本版撰文 时报记者 X",
# "本版撰文／本报记者X 本版摄影／本报记者Y"): the page's story is the one story, its writer
# the writer; the word goes, the credit stays.
_THIS_PAGE = re.compile(
    "本版(?=撰文|撰稿|文字|摄影|攝影|图片|圖片|图文|圖文|编辑|編輯|责编|責編|策划|策劃|统筹|統籌"
    r"|[文图圖]\s*[/／:：])"
)


def plain_label(text: str, reach: int) -> str:
    """``text`` with the credit words of its first ``reach`` characters in the simplified
    form: the label of a line too long for plain_form ("圖片來自：https://…", a traditional
    label and an address), the rest as written."""
    head = text[:reach]
    if not _TRADITIONAL_CHARS.search(head):
        return text
    return _TRADITIONAL_WORD.sub(lambda m: m[0].translate(_TRADITIONAL), head) + text[reach:]


def plain_form(text: str) -> str | None:
    """``text`` rewritten into the common simplified credit form, or ``None`` when no
    rewrite applies (the line is already in it, or too long to be a credit)."""
    plain = text
    first = text[:1]
    if "A" <= first <= "Z" and _LATIN_BEFORE_ROLE.match(text):  # a Latin role opens the row
        plain = _LATIN_BEFORE_ROLE.sub(_latin_before_role, text)  # its length is the Chinese
    if len(plain) > thresholds.CREDIT_MAX:
        return None
    if plain[-1:] in "0123456789字次人万千" and (count := _TRAILING_COUNT.search(plain)):
        plain = plain[: count.start()]
    if first and first in _ORNAMENTS and text.count(first) > 1:  # "◇ X ◇ Y": one mark, again
        plain = _ORNAMENT_SEP.sub("\u3000", text).strip("\u3000")
    elif text[:1] in ICON_LABELS:  # a pictograph opens the row: the labels it draws
        plain = _ICON_LABEL.sub(_icon_label, text)
    if ("·" in plain or "‧" in plain or "・" in plain) and _ROLE_DOT.search(plain):
        plain = _ROLE_DOT.sub(r"\1/\2", plain)
    if _TRADITIONAL_CHARS.search(plain):  # one class scan before the word pattern
        plain = _TRADITIONAL_WORD.sub(lambda m: m[0].translate(_TRADITIONAL), plain)
    if plain[:1] in "—–－-~～（(":
        plain = _LEADING_RULE.sub("", plain, count=1)
    # _TRAILING_END's two ends spell out 完 or END: without either it cannot match, and its
    # unanchored scan costs ~5 us a line ending in a bracket. Else a closing rule goes. The
    # last character is sliced once (a slice and a test cost ~500 instructions a line).
    last = plain[-1:]
    if last in "）)】]—–-" and ("完" in plain or "END" in plain):
        plain = _TRAILING_END.sub("", plain, count=1)
    elif last in "—–－-~～":
        plain = _TRAILING_RULE.sub("", plain, count=1)
    # A sub with a template (r"\1：") parses the template on every call (~2 us, in Python,
    # match or not): each is run only on a line its pattern matches (a match or search
    # ~0.2 us); with no match the sub would give the line back unchanged.
    if plain[:2] == "本版" and _THIS_PAGE.match(plain):  # "本版撰文 新报记者 X", "本版摄影／Y"
        plain = _THIS_PAGE.sub("", plain)
    if plain[:1] in "【[〔" and _BRACKETED_LABEL.match(plain):
        plain = _BRACKETED_LABEL.sub(r"\1：", plain, count=1)
    if ("：" in plain or ":" in plain) and bilingual_label(plain):  # its colon, before the call
        plain = _BILINGUAL_LABEL.sub(lambda m: m[1], plain)
    if " " in plain or "\u3000" in plain:
        if _PADDED_LABEL.match(plain):
            plain = _PADDED_LABEL.sub(r"\1\2", plain, count=1)
        elif spaced := _SPACED_LABEL.match(plain):
            plain = "".join(spaced[0].split()) + plain[spaced.end() :]
        if _QUALIFIED_SPACED.match(plain):
            plain = _QUALIFIED_SPACED.sub(r"\1：", plain, count=1)
    if plain[-1:] in "字稿文笔写" and (reversed_ := _NAMES_THEN_WRITER.match(plain)):
        plain = f"{reversed_[2]}/{reversed_[1]}"
    elif ("/" in plain or "／" in plain) and (posted := _NAME_POST_THEN_WRITER.match(plain)):
        plain = f"{posted[2]}/{posted[1]}"
    elif "/" in plain and _NAME_THEN_ROLE.search(plain):
        plain = _NAME_THEN_ROLE.sub(r"\2/\1", plain)
    if _GLUED_LATIN_AT(plain):  # "记者Anna Wu": the change of script is the separator
        plain = _ROLE_GLUED_LATIN.sub(r"\1 ", plain)
    if ("．" in plain or "‧" in plain or "•" in plain or "・" in plain) and _WIDE_ROLE_DOT.search(
        plain
    ):
        plain = _WIDE_ROLE_DOT.sub("·", plain)
    if "、" in plain or "·" in plain or "/" in plain:  # cheaper than either pattern's scan
        if joined := _joined_roles(plain):
            plain = _joined_role(plain, joined)
        elif "摄" in plain[:6] and (shot := _SPACED_WRITER_SHOT.match(plain)):
            plain = "文：" + plain[shot.end() :].lstrip(" \u3000")
        plain = _later_joined_roles(plain)
        if "·" in plain and _DOT_LABEL.match(plain):  # its dot, spelled out
            plain = _DOT_LABEL.sub(r"\1：", plain, count=1)
            if "·" in plain:
                plain = re.sub(_LATER_DOT_LABEL, r"\1：", plain)
    return plain if plain != text else None


def _joined_roles(text: str) -> re.Match[str] | None:
    """The joined roles opening ``text``; before a slash, only words that are roles each
    ("查文轩·编辑／Y" is a name and a credit)."""
    joined = _JOINED_ROLES.match(text)
    if joined is None:
        return None
    rest = text[joined.end() :]
    last = _FIRST_ROLE.match(rest)
    after = rest[last.end() :].lstrip() if last else ""
    if after[:1] and after[:1] in "/／":
        roles = _ROLE_SPLIT.split(joined[0].strip())
        if not all(is_role(role) for role in roles if role):
            return None
    return joined


def _later_joined_roles(text: str) -> str:
    """``text`` with the joined roles of its later credits as one (see ``_joined_role``)."""
    parts = _ROW_PARTS.split(text)
    if len(parts) < 3:
        return text
    for pos in range(2, len(parts), 2):
        part = parts[pos]
        if ("、" in part or "·" in part or "/" in part) and (joined := _joined_roles(part)):
            parts[pos] = _joined_role(part, joined)
    return "".join(parts)


def _joined_role(text: str, joined: re.Match[str]) -> str:
    """``text`` with its joined roles as one: the writer's when one of them is and the last
    is a picture's ("文、图｜X" credits the writer, who also took the pictures), else the
    editor's when one of them is, else the last."""
    rest = text[joined.end() :]
    roles = _ROLE_SPLIT.split(joined[0].strip())
    last = _FIRST_ROLE.match(rest)
    writer = next((role for role in roles if role in _WRITER_ROLES), None)
    if last and writer and last[0] in _PICTURE_ROLES:
        return writer + rest[last.end() :]
    # "编辑、校对：X": the editor's role among the joined ones names the editor
    editor = next((role for role in roles if role in _EDITOR_ROLES), None)
    if last and editor and last[0] not in _EDITOR_ROLES:
        return editor + rest[last.end() :]
    return rest


def bilingual_label(text: str) -> bool:
    """Whether a credit's label carries its English name before the colon ("文/Text：X",
    "编辑 Editor：X"): the readers take the name from the plain form, not the English word."""
    return (
        ("：" in text or ":" in text)
        and _LATIN.search(text) is not None
        and _BILINGUAL_LABEL.search(text) is not None
    )


def reading_form(text: str) -> str | None:
    """A credit line as the author and editor readers (credits.py, editor_credits.py) read
    it: in the common simplified form, an English author's or editor's credit under its
    Chinese label ("Editor: Zhang Wei" -> "编辑：Zhang Wei"); ``None`` when it reads as written."""
    if text[:1] in "(（" and (english := translated_wire_credit(text)) is not None:
        text = english  # "(X报道;编辑:Y)": a wire's credit translated, its names in Latin
    if (plain := plain_form(text)) is not None:
        return plain
    if not english_credit(text):
        return None
    # a row ("Reporting by X; Editing by Y") is read credit by credit; "Editor: Li  Hua"
    # is one credit with a wide space in it
    parts = english_row(text) or [text]
    read = [form for part in parts if (form := english_reading(part))]
    return " ".join(read) or None
