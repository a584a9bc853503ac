"""Credit lines told by their form: label-and-name segments, whatever the labels say.

Every earlier credit reader knows a credit by its words (责任编辑：X, 记者 X, a run of listed
crew roles). Pages keep inventing labels nobody listed ("海报设计：X", "讲述人：X 记录：Y",
"撰稿人：X 审稿人：Y", "文章作者：X｜首发平台：Y") and marks around them ("✎ 作者：X",
"＜记者 X＞", "（记者X 通讯员Y 实习生Z）"). What every one of them shares is its form:

- only segments of ``LABEL SEP NAMES`` (SEP a colon, a bar, a slash, a rule or a space),
  maybe in brackets or after a mark, no sentence punctuation;
- a label ends in a role morpheme (编/辑/审/校/稿/摄/影/制/作/划/筹/监/译/图/画/计/文 …) or
  is a person's role built on one (撰稿人, 通讯员, 记者, 实习生); in a row, one such role lets
  other short labels through ("讲述人：X 记录：Y");
- a value is a name (credit_person), a unit for a content role ("供稿单位：示例区教育局"),
  or an agency after a photographer's "摄".

The morphemes are few and combine freely with any qualifier (视觉设计, 执行策划, 新媒体编辑),
so the test reaches labels nobody wrote down; the name shape keeps sentences and headings
out ("二审：维持原判", "设计：一种新型…", "主讲人：陈立新 主持人：吴芳", "获奖名单：张伟、李娜").
The role morphemes are in credit_roles, the cheap scans before the tokenizer in credit_gate.
"""

from __future__ import annotations

import re
from functools import lru_cache

from snapcrawl.extract.credit_gate import OPENERS, may_be_form
from snapcrawl.extract.credit_glued import glued_segments
from snapcrawl.extract.credit_person import (
    has_function_word,
    is_long_pen_name,
    is_name,
    is_pen_name,
    may_be_name,
)
from snapcrawl.extract.credit_roles import (
    CONTENT_ROLE,
    WRITER_ROLE,
    is_role,
)
from snapcrawl.extract.vocab import SENTENCE_PUNCT

FORM_MAX = 48  # a crew of four on one line; longer is prose
# A separator may also be a rule, an arrow or a dot a page draws between a label and its
# names ("编辑——X", "编辑→X", "编辑•X"); a mark or an emoji before a label is skipped
# ("🎨 设计：X | 📷 摄影：Y").
_TOKEN = re.compile(
    r"(?P<space>\s+)|(?P<sep>[:：︰|｜丨︱│┃/／、&;；]|[-—–~～>»›→⇒•∙∣┆.]+)"
    r"|(?P<word>[\u4e00-\u4e27\u4e29-\u9fff·]+|[A-Za-z][A-Za-z.'-]*)"
    r"|(?P<mark>[^\w\s（）()【】\[\]〔〕<>＜＞〈〉「」『』〖〗，。！？,!?“”\"'《》])"
)
_CLOSERS = "）)】]〕>＞〉」』〗"
_NOT_COLON = frozenset("、&;；")  # a list's or a row's marks; every other separator ends a label
_ROW_BREAK = frozenset("|｜丨︱│┃/／;；·")
# "「撰文」X", "〖编辑〗X": the label in brackets of its own, the names after them.
_BRACKETED_LABEL = re.compile(
    r"^[【\[〔「『〖<＜〈]\s*([\u4e00-\u9fff]{1,6})\s*[】\]〕」』〗>＞〉]\s*(?=\S)"
)
# A unit credited for the piece ("示例县融媒体中心", "示例区教育局", "示例市应急管理局").
_UNIT = re.compile(
    r"^[\u4e00-\u9fffA-Za-z]{2,16}?(?:中心|局|委|办|厅|处|所|院|馆|站|社|报|台|网|部|会|队|"
    r"公司|集团|工作室|编辑部|融媒|频道|客户端|政府|学校|中学|小学|大学)$"
)
# What a unit credits itself for, glued after its name: "（示例县融媒体中心供稿）".
_UNIT_SUFFIX = re.compile(r"^(?P<unit>.{2,18}?)(?:供稿|供图|整理|编译|編譯|发布)$")
# Roles written after the names ("周雪/文", "王鹏 摄"), and the person's roles glued before a
# name inside brackets ("（记者李想 通讯员陈晨）").
_AFTER_NAME_ROLE = frozenset(
    {"文", "图", "圖", "摄", "攝", "摄影", "攝影", "整理", "编译", "編譯", "供图", "撰"}
)
# Roles a row writes after each name ("沃晴晴 报道 | 厍一 编辑", "X（记者） Y（编辑）"): any role
# by its form, or the reporter's own words. Read only in a row of two segments or more: one
# name before one such word is any phrase ("张伟 编辑了这本书" has no row).
_REPORTED = frozenset({"报道", "報道", "報導", "报导", "记者", "記者"})
_FILED = ("报道", "報道", "報導", "报导")
_LABEL_MARK_AT = re.compile("[:：︰/／|｜丨、&]").search
# A role in brackets after a name: "訾乐天（记者）".
_ROLE_IN_BRACKETS = re.compile(r"[（(]([\u4e00-\u9fff]{1,6})[）)]")
_GLUED_ROLE = re.compile(
    r"^(?:[^\s]{0,6}?(?:记者|記者)|(?:见习|見習|实习|實習|特约|特約|首席)?(?:记者|記者)"
    r"|通讯员|通訊員|实习生|實習生|摄影|攝影)(?P<name>[\u4e00-\u9fff·]{2,3})$"
)


def _tokens(core: str) -> list[tuple[str, str, bool]] | None:
    """(kind, text, space before) for each word and separator; ``None`` when the line holds
    anything else (digits, quotes, inner brackets: not a credit's form)."""
    out: list[tuple[str, str, bool]] = []
    pos, spaced = 0, False
    while pos < len(core):
        match = _TOKEN.match(core, pos)
        if match is None:
            return None
        pos = match.end()
        if match["space"]:
            spaced = True
            continue
        if match["mark"]:
            continue
        kind = "sep" if match["sep"] else "word"
        word = match[kind]
        if word == "·":  # a dot standing alone parts two segments ("X · 编辑 / Y")
            kind = "sep"
        out.append((kind, word, spaced))
        spaced = False
    return out


def _strip(text: str) -> tuple[str, bool]:
    """The line without its marks ("✎ ", "■ ", "—— ") and one pair of brackets, and
    whether it was bracketed."""
    core = text.strip(" \u3000\t")
    start = 0
    while start < len(core) and not (core[start].isalnum() or core[start] in OPENERS):
        start += 1
    end = len(core)  # and the rule or the marks closing it ("采写：X / 摄影：Y ——")
    while end > start and not (core[end - 1].isalnum() or core[end - 1] in _CLOSERS):
        end -= 1
    core = core[start:end]
    bracketed = False
    if core[:1] in OPENERS and (label := _BRACKETED_LABEL.match(core)):
        core = label[1] + "：" + core[label.end() :]
    if core[:1] in OPENERS and core[-1:] in _CLOSERS:
        core, bracketed = core[1:-1].strip(), True
    return core, bracketed


def read_segments(text: str) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """The (role, names) segments of a credit line told by its form, or ``None``."""
    if len(text) > FORM_MAX or not may_be_form(text):
        return None
    return _segments(text)


@lru_cache(maxsize=2048)
def _segments(text: str, loose: bool = False) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """``read_segments`` past its gate."""
    if SENTENCE_PUNCT.search(text):
        return None
    core, bracketed = _strip(text)
    if not core:
        return None
    if (unit := _UNIT_SUFFIX.match(core)) and bracketed and _UNIT.match(unit["unit"]):
        return (("供稿", (unit["unit"],)),)
    role_bracketed = False
    if "（" in core or "(" in core:
        core, count = _ROLE_IN_BRACKETS.subn(_bracketed_role, core)
        role_bracketed = count > 0 and core != text
    tokens = _tokens(core)
    if not tokens or tokens[0][0] != "word":
        return None
    parsed = _parse(tokens, bracketed, loose, role_bracketed)
    if parsed is None and all(kind == "word" for kind, _, _ in tokens):
        glued = glued_segments([word for _, word, _ in tokens], is_role)
        if glued is not None and _accept(glued, False, bracketed, loose):
            return tuple(glued)
    return parsed


def _bracketed_role(match: re.Match[str]) -> str:
    """A role in brackets after a name stands as a role after it; other brackets stay."""
    word = match[1]
    return f" {word} " if word in _REPORTED or is_role(word) else match[0]


def _is_label_at(tokens: list[tuple[str, str, bool]], i: int) -> bool:
    """Whether the word at ``i`` opens a segment: a short word before a colon, a bar or a
    slash, or a role set apart by a space before a name."""
    word = tokens[i][1]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None:
        return False
    if nxt[0] == "sep" and nxt[1] not in _NOT_COLON:
        return len(word) <= 14 if word[:1].isascii() else len(word) <= 6
    return nxt[0] == "word" and nxt[2] and is_role(word) and not is_name(word)


def _opens_next(tokens: list[tuple[str, str, bool]], i: int) -> bool:
    """Whether the word at ``i``, after a segment's names, opens the next segment: a name
    before a bar ends its row's segment ("Text: 赵琳 | Photo: 王晨"), it opens none."""
    word = tokens[i][1]
    return _is_label_at(tokens, i) and (is_role(word) or not is_name(word))


def _names_first(tokens: list[tuple[str, str, bool]], i: int) -> tuple[int, tuple, bool] | None:
    """Names before their role ("周雪/文", "王鹏 摄"): (the next index, the segment, whether
    its role is one a row alone lets stand after names)."""
    names: list[str] = []
    n = len(tokens)
    while i < n and tokens[i][0] == "word" and may_be_name(word := tokens[i][1]):
        if names and (word in _AFTER_NAME_ROLE or word in _REPORTED or is_role(word)):
            break  # the names' role, not one more name
        names.append(word)
        i += 1
        if i < n and tokens[i][0] == "sep" and tokens[i][1] in "、&":
            i += 1
    if not names or i >= n:
        return None
    if any((is_role(name) and not is_name(name)) or name in _REPORTED for name in names):
        return None  # "撰文 Cathy Li 摄影 Tom Zhao": a label first, not a name
    slashed = tokens[i][0] == "sep" and tokens[i][1] in "/／"
    if slashed and i + 1 < n:
        i += 1
    if tokens[i][0] == "word" and tokens[i][1] in _AFTER_NAME_ROLE:
        role = tokens[i][1]
        # "王鹏 文/图": the names' two roles joined by a slash
        if i + 2 < n and tokens[i + 1][1] in "/／" and tokens[i + 2][1] in _AFTER_NAME_ROLE:
            i += 2
        return i + 1, (role, tuple(names)), False
    word = tokens[i][1]
    # after a slash ("佘可心/编辑") only a name of a name's own shape: "采访/撰文" is two roles
    named = not slashed or all(is_name(name) for name in names)
    if named and tokens[i][0] == "word" and (word in _REPORTED or is_role(word)):
        return i + 1, (word, tuple(names)), True
    return None


def _parse(
    tokens: list[tuple[str, str, bool]], bracketed: bool, loose: bool, role_bracketed: bool = False
) -> tuple | None:
    segments: list[tuple[str, tuple[str, ...]]] = []
    colon_seen = barred = row_only = False
    i, n = 0, len(tokens)
    while i < n:
        kind, word, _ = tokens[i]
        if kind == "sep":  # between segments: a bar, a slash or a semicolon
            if word not in _ROW_BREAK or not segments or i + 1 >= n:
                return None
            barred = True
            i += 1
            continue
        if bracketed and (glued := _GLUED_ROLE.match(word)):
            segments.append(("记者", (glued["name"],)))
            i += 1
            continue
        if (first := _names_first(tokens, i)) is not None:
            i, segment, after = first
            row_only |= after
            segments.append(segment)
            continue
        if _is_label_at(tokens, i):
            i += 1
            separated = tokens[i][0] == "sep"
            if separated:
                colon_seen = True
                i += 1
            names: list[str] = []
            # the first word after a label's separator is its value, whatever follows it
            # ("信源：示例区融媒体中心 | 作者：X": a unit before a bar opens no segment)
            while (
                i < n
                and tokens[i][0] == "word"
                and ((separated and not names) or not _opens_next(tokens, i))
            ):
                names.append(tokens[i][1])
                i += 1
                if i < n and tokens[i][0] == "sep" and tokens[i][1] in "、&":
                    i += 1
            if not names or len(names) > 6:
                return None
            segments.append((word, tuple(names)))
            continue
        # an agency after a photographer's credit: "（王鹏 摄 / 新华社）"
        if segments and segments[-1][0] in ("摄", "攝") and _UNIT.match(word):
            segments.append(("供图", (word,)))
            i += 1
            continue
        return None
    # one name before its role: a credit when the role is set in brackets ("X（本报记者）"),
    # or beside credits (``loose``: "X　撰稿" over "Y　摄影", a crew one credit a line)
    if row_only and len(segments) < 2 and not role_bracketed and not loose:
        return None
    ok = _accept(segments, colon_seen, bracketed, loose, barred, row_only)
    return tuple(segments) if ok else None


def _accept(
    segments: list[tuple[str, tuple[str, ...]]],
    colon_seen: bool,
    bracketed: bool,
    loose: bool,
    barred: bool = False,
    after_names: bool = False,
) -> bool:
    """The segments are a credit: one role at least, every value of the right shape, and a
    single spaced segment ("设计 理念") only in brackets or under a long label. A value no
    surname opens (巴桑次仁, 敖登格日乐) passes where its place says it is a name: in a row
    of two roles or more beside a surnamed name, or in a run of credits (``loose``)."""
    if not segments:
        return False
    roles = [
        is_role(label) or label in _AFTER_NAME_ROLE or label in _REPORTED for label, _ in segments
    ]
    if not any(roles):
        return False
    unnamed: list[tuple[str, tuple[str, ...]]] = []
    for (label, names), role in zip(segments, roles, strict=True):
        if not role and (len(label) > 4 or label[:1].isascii() or has_function_word(label)):
            return False  # an unknown label is let through only short, beside a role
        if label == "供图" or (
            CONTENT_ROLE.search(label) and len(names) == 1 and _UNIT.match(names[0])
        ):
            continue
        latin = [w for w in names if w[:1].isascii()]
        if latin and (len(latin) != len(names) or len(latin) > 4):
            return False
        loose_pen = colon_seen and WRITER_ROLE.search(label) is not None
        if not all(is_name(w) or (loose_pen and is_pen_name(w)) for w in names) and not (
            colon_seen and len(segments) == 1 and _signed_pen_name(label, names)
        ):
            unnamed.append((label, names))
    if unnamed:
        # a row of roles only, three of them or names before roles parted by bars, says its values
        # are names though no listed surname opens any ("主播努尔　制作阎立　编辑乌兰")
        crew = all(roles) and (len(segments) >= 3 or (barred and after_names))
        row = sum(roles) >= 2 and (len(unnamed) < len(segments) or crew)
        # "（次仁央宗 文/图）": a role written after the names, in brackets, says they are names
        signed = bracketed and all(label in _AFTER_NAME_ROLE for label, _ in unnamed)
        if not (loose or row or signed):
            return False
        if not all(may_be_name(w) for _, ws in unnamed for w in ws):
            return False
    if len(segments) == 1 and not colon_seen and not bracketed:
        return (
            len(segments[0][0]) >= 3
            or segments[0][0] in _AFTER_NAME_ROLE
            or (loose and is_role(segments[0][0]))
        )
    return True


# The writer's own labels, under which a credit alone may give a pen name longer than a
# name ("文：沙發馬鈴薯", "作者：妙哉心理師"); an editor's or a crew's label gives a person.
_OWN_WRITER = frozenset({"文", "作者", "撰文", "撰稿", "筆名", "笔名"})


def _signed_pen_name(label: str, names: tuple[str, ...]) -> bool:
    """Whether a writer's credit alone gives one pen name ("文：黑貓吉吉")."""
    own = label[2:] if label.startswith("本文") else label  # "本文作者：罗罗诺亚树树"
    return own in _OWN_WRITER and len(names) == 1 and is_long_pen_name(names[0])


def credited_unit(label: str, value: str) -> bool:
    """Whether ``value`` is a unit a content role credits ("出品" | "示例县融媒体中心")."""
    return CONTENT_ROLE.search(label) is not None and _UNIT.match(value) is not None


def credit_by_form(text: str) -> bool:
    """Whether ``text`` is a credit line by its form alone (``read_segments``)."""
    # read_segments' own first tests, before its cache: most lines fail them
    if len(text) > FORM_MAX or not may_be_form(text):
        return False
    return _segments(text) is not None


def credit_in_run_segments(text: str) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """The segments ``credit_in_run`` reads, or ``None``."""
    if len(text) > FORM_MAX or not may_be_form(text):
        return None
    return _segments(text, True)


def credit_in_run(text: str) -> bool:
    """Whether ``text`` is a credit by its form once its place says names stand in it: a
    line beside credit lines, whose names no surname need open ("航拍 钟离小川", "视频
    拉巴顿珠") and whose role may stand alone before them."""
    if len(text) > FORM_MAX or not may_be_form(text):
        return False
    return _segments(text, True) is not None


def labels_first(text: str, loose: bool = False) -> str | None:
    """A row written names first ("沃晴晴 报道 | 厍一 编辑") in the labels-first form the
    author and editor readers read ("报道：沃晴晴　编辑：厍一"); ``None`` for any other line.
    As written, a reader taking the label before the next name would give the editor's name
    to the reporter. ``loose``: a credit line whose names no surname opens ("▶ 记者　热依拉"),
    read only when no reader knows the line as written."""
    if loose and (
        read_segments(text) is not None or any(w in text for w in _FILED) or _LABEL_MARK_AT(text)
    ):
        # read by its form already, a filed report's line ("X 综合报道"), or a label and
        # names set apart by marks the readers read as written ("文/X、Y&Z")
        return None
    segments = credit_in_run_segments(text) if loose else read_segments(text)
    if segments is None:
        return None
    if len(segments) == 1 and segments[0][0] in _AFTER_NAME_ROLE:
        return None  # "王鹏 摄": the readers know it as written
    if loose and any(is_role(name) for _, names in segments for name in names):
        return None  # "（…记者 晏秋 统稿）": a role read as a name
    first = segments[0][1][0]
    if not (loose or _strip(text)[0].startswith(first)):
        return None  # labels first and read as written
    return "　".join(f"{label}：{' '.join(names)}" for label, names in segments)
