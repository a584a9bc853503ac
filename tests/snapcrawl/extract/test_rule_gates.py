"""The cheap scans that run before a costly regex (chrome.py, furniture_lines.py, ui_shapes.py, the
credit modules) may only skip lines the regex could not match: each branch of the regex
holds one of the gate's words, and every line the regex matches passes its gate."""

from __future__ import annotations

import re

import pytest

from snapcrawl.extract import (
    according_to,
    chrome,
    credit_bylines,
    credit_forms,
    credit_lines,
    credit_rows,
    credit_runs,
    credits,
    english_credits,
    furniture_lines,
    noise,
    source_lines,
    ui_shapes,
)
from snapcrawl.extract.chrome_vocab import (
    BYLINE_WORD,
    CLOCK,
    COUNTER_PHRASES,
    PLAYER_POSITION,
    POST_PHRASES,
    UI_PHRASES,
)
from snapcrawl.extract.dom import Line
from snapcrawl.extract.vocab import FOOTER_LINE


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (outside every group and class)."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


@pytest.mark.parametrize(
    ("phrases", "gate", "extra"),
    [
        (UI_PHRASES, chrome._UI_PHRASE_WORDS, ("[Ff][Ii]",)),
        (POST_PHRASES, chrome._POST_PHRASE_WORDS, ("rack",)),
        (COUNTER_PHRASES, chrome._COUNTER_WORDS, ()),
        (re.compile(BYLINE_WORD), credit_bylines.BYLINE_WORDS, ()),
    ],
)
def test_every_phrase_branch_names_a_gate_word(
    phrases: re.Pattern[str], gate: re.Pattern[str], extra: tuple[str, ...]
) -> None:
    """A branch added to the phrases without a gate word would never be tried."""
    for branch in _branches(phrases.pattern):
        found = any(e in branch for e in extra) or any(
            m.group(0) and gate.search(m.group(0))
            for m in re.finditer(r"[\u4e00-\u9fffA-Za-z]+", branch)
        )
        assert found, branch


def test_every_footer_branch_holds_a_gate_character() -> None:
    for branch in _branches(FOOTER_LINE.pattern.strip("(?:)")):
        assert furniture_lines._FOOTER_CHARS.search(branch), branch
        assert furniture_lines._FOOTER_WORDS.search(branch), branch


@pytest.mark.parametrize(
    "line",
    [
        "视频播放失败，请刷新重试",
        "建议在WiFi环境下观看",
        "Wi-Fi下播放",
        "共 12 张",
        "查看原图",
        "广告 5 秒",
        "【视频】",
        "预约直播",
        "您可以按Alt+F",
        "Your browser doesn't support HTML5 video.",
        "上滑查看更多",
        "已经到底了",
        "请稍后再试",
    ],
)
def test_player_phrases_pass_their_gate(line: str) -> None:
    assert UI_PHRASES.search(line)
    assert chrome._UI_PHRASE_WORDS.search(line)
    assert chrome.is_ui_line(line)


@pytest.mark.parametrize(
    "line",
    ["TrackBack URL：http://x", "点击分享给朋友", "IP属地：北京", "知道了", "已同步到看一看"],
)
def test_post_phrases_pass_their_gate(line: str) -> None:
    assert POST_PHRASES.search(line)
    assert chrome._POST_PHRASE_WORDS.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "Copyright 2024 示例",
        "COPYRIGHT © 示例网",
        "(c) 2024 Example",
        "京ICP备12345号",
        "京公网安备 110号",
        "版权所有 示例日报",
        "ALL RIGHTS RESERVED",
        "关于我们 | 联系我们",
        "违法和不良信息举报",
        "增值电信业务经营许可证",
        "网站地图",
    ],
)
def test_footer_lines_pass_their_gate(line: str) -> None:
    assert FOOTER_LINE.search(line)
    assert furniture_lines._FOOTER_WORDS.search(line)
    assert noise.is_footer_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "阅读：3727",
        "已被阅读178次",
        "您是本文第154个阅览者",
        "1.2万人看过",
        "已有 12 人参与",
        "2024年01月01日 08:00 发表于北京",
        "共找到 12 个相关",
        "全文约2300字，阅读约需5分钟",
        "报料热线：023-96123",
        "播放量 1.2万",
        "在线人数：1203",
        "围观人数 5万+",
    ],
)
def test_counter_phrases_pass_their_gate(line: str) -> None:
    assert COUNTER_PHRASES.search(line)
    assert chrome._COUNTER_WORDS.search(line)
    assert chrome._ui_phrase(line)


@pytest.mark.parametrize(
    "line",
    [
        "新京报记者 陆一夫",
        "采写：南都见习记者 林子沛",
        "执笔/甲、乙",
        "本报通讯员 李四",
        "撰稿人：王五",
    ],
)
def test_bylines_pass_their_gate(line: str) -> None:
    assert credit_bylines.BYLINE.match(line)
    assert credit_bylines.BYLINE_WORDS.search(line)
    assert credit_lines.is_credit(line)


def test_traditional_class_finds_what_translate_changes() -> None:
    table = credit_forms._TRADITIONAL
    for key, value in table.items():
        assert bool(credit_forms._TRADITIONAL_CHARS.search(chr(key))) == (key != value)
    for line in ("責任編輯：陳立", "责任编辑：陈立", "記者 王芳", "海港日報", "编辑／李四", ""):
        changed = line.translate(table) != line
        assert bool(credit_forms._TRADITIONAL_CHARS.search(line)) == changed


def test_author_line_role_is_a_gate_word() -> None:
    """``credits._credit_line`` skips a line with none of 记者, 作者, 实习生, 作家, 通讯员,
    评论员: the pattern's only role group, every branch of which spells one of them out."""
    role = (
        r"(?:(?:(?:见习|实习|特约|首席)?(?:记者|作者)|实习生|通讯员|(?:特约)?评论员)\s+"
        r"|(?:专栏|專欄)作家\s*)"
    )
    assert role in credits._AUTHOR_LINE.pattern
    # the group is not optional and stands in no alternative: every match holds it
    assert credits._AUTHOR_LINE.pattern.split(role)[1].startswith("(?P<value>")
    assert "|" not in credits._AUTHOR_LINE.pattern.split(role)[0]


@pytest.mark.parametrize(
    ("line", "bracketed", "name"),
    [
        ("新京报记者 陆一夫", False, "陆一夫"),
        ("《棱镜》作者 周纯", False, "周纯"),
        ("本报实习生 王芳 李明", False, "王芳 李明"),
        ("（总台记者 张倩）", True, "张倩"),
        ("特约记者 赵六 海港报道", False, "赵六"),
    ],
)
def test_credit_lines_pass_their_gate(line: str, bracketed: bool, name: str) -> None:
    assert credits._AUTHOR_LINE.match(line)
    assert any(word in line for word in ("记者", "作者", "实习生"))
    one = Line(line, None, 0, chars=len(line))  # type: ignore[arg-type]
    assert credits._credit_line(one, bracketed=bracketed) == name


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("（记者 王芳）（完）", "（记者 王芳）"),
        ("编辑：李明 —END—", "编辑：李明"),
        ("编辑：李明 -- END --", "编辑：李明"),
        ("作者·王芳", "作者：王芳"),
        ("策划·统筹：李明", "统筹：李明"),
    ],
)
def test_plain_form_gates_keep_the_rewrites(line: str, plain: str) -> None:
    """The end marker holds 完 or END and the dot label its "·": the gates before
    ``_TRAILING_END`` and ``_DOT_LABEL`` let every line they rewrite through."""
    assert credit_forms.plain_form(line) == plain


def test_trailing_end_branches_spell_their_gate_word() -> None:
    branches = _branches(credit_forms._TRAILING_END.pattern.split("(?:", 1)[1].rsplit(")", 1)[0])
    assert len(branches) == 2
    assert all("完" in b or "END" in b for b in branches)


def test_retitle_holds_its_gate_character() -> None:
    """``is_credit_as_written`` tries ``_RETITLE`` only on a line with 原: past what a line
    may open with, the pattern's one branch spells it out."""
    assert credit_lines._RETITLE.pattern.startswith(credit_lines.OPEN + "(?:本文)?原(?:")
    for line in ("原标题：海港新区今年建成", "（原题为《海港的春天》）", "本文原标题 海港新区"):
        assert credit_lines._RETITLE.match(line)
        assert credit_lines.is_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "中央社記者林小雨台北3日電",
        "記者林小雨／台北報導",
        "〔編譯林小雨／綜合報導〕",
        "〔编译林小雨／综合报道〕",
    ],
)
def test_wire_bylines_pass_their_gate(line: str) -> None:
    """``credit_run`` tries ``_WIRE_BYLINE`` only on a line holding 记, 記, 译 or 譯: its one
    role group spells out 记者/記者 or 编译/編譯, and the line passes the role-word trie."""
    role = credit_runs._WIRE_BYLINE.pattern.split("(?P<role>", 1)[1].split(")", 1)[0]
    assert all(any(c in branch for c in "记記译譯") for branch in _branches(role))
    assert credit_runs._WIRE_BYLINE.match(line)
    assert credit_runs._ROLE_GATE.search(line)
    assert credit_runs.credit_run(line)


def test_colon_roles_pass_the_role_gate() -> None:
    """A role read only before a colon ("技术支持：X") is a word of the role-word trie."""
    for word in credit_runs._COLON_ROLE_WORDS:
        assert credit_runs._ROLE_GATE.search(word + "：海港数据科技")
        assert credit_runs.credit_run(word + "：海港数据科技")


def test_shape_patterns_need_a_digit() -> None:
    """``shape_kind`` tries the stamp, the player clock and the lone count only on a line
    with a digit (or "刚刚"): each pattern's one mandatory part starts with ``\\d``."""
    assert CLOCK.startswith(r"\d")
    assert PLAYER_POSITION.startswith(CLOCK)
    assert ui_shapes._RUNNING_TIME.pattern.startswith(r"^\d")
    assert ui_shapes._LONE_COUNT.pattern.startswith(r"^\d")
    # the stamp's core group is not optional; its date branch ends in a clock and its
    # relative time opens with a count, but for "刚刚"
    core = rf"(?:{ui_shapes._DATE}\s*{CLOCK}|{ui_shapes._RELATIVE})"
    head, tail = ui_shapes._STAMP.pattern.split(core)
    assert head.endswith(r")?\s*")
    assert not tail.startswith(("?", "*", "{"))
    relative = _branches(ui_shapes._RELATIVE[3:-1])
    assert relative == [r"\d+\s*(?:秒|分钟|小时|天|周|个月|月|年)前", "刚刚"]


@pytest.mark.parametrize(
    "line",
    [
        "2024-10-01 08:00 · 示例日报",
        "昨天 08:00",
        "2天前 · 来自湖北",
        "刚刚",
        "当前播放 0:00 / 3:21",
        "01:23:45",
        "4.5万",
        "１２万",
    ],
)
def test_shape_lines_pass_the_digit_gate(line: str) -> None:
    one = Line(line, None, 0, chars=len(line))  # type: ignore[arg-type]
    assert ui_shapes.shape_kind(one) == "ui"
    assert ui_shapes._DIGIT.search(line) or "刚刚" in line


def test_bare_clock_needs_its_colons() -> None:
    """``is_list_item`` tries ``_BARE_CLOCK`` only on a line with ":", which it spells out."""
    assert ":" in furniture_lines._BARE_CLOCK.pattern.replace("\\:", "")
    for line in ("08:17:43", "8:07:09"):
        assert noise.is_list_item(line)
    assert not noise.is_list_item("０８：１７：４３")


@pytest.mark.parametrize(
    "line",
    [
        "Li Ming contributed to this story.",
        "Reuters and AFP also contributed to this report",
        "Contact the writer at lixiaoyu@example.com",
        "contact the reporters at a@example.com and b@example.com",
    ],
)
def test_english_sign_offs_pass_their_gates(line: str) -> None:
    """``english_credit`` tries ``_EN_CONTRIBUTED`` only on a line holding "contributed",
    which its one verb spells out, and ``_EN_CONTACT`` only on a line opening with C or c,
    its first word's letter."""
    # the verb stands outside any alternative or optional group: every match holds it
    assert r"\s+(?:also\s+)?contributed\s+to\s+" in english_credits._EN_CONTRIBUTED.pattern
    assert english_credits._EN_CONTACT.pattern.startswith("^Contact")
    assert english_credits._EN_CONTRIBUTED.match(line) or english_credits._EN_CONTACT.match(line)
    assert "contributed" in line or line[:1] in "Cc"
    assert english_credits.english_credit(line)


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("文/Text：林小雨　图/Photo：陈大文", "文：林小雨　图：陈大文"),
        ("编辑 Editor：林小雨", "编辑：林小雨"),
        ("来源 Source: 海港日报", "来源: 海港日报"),
    ],
)
def test_bilingual_labels_pass_their_gate(line: str, plain: str) -> None:
    """``bilingual_label`` searches only a line with a colon and a Latin letter: the
    pattern's English word opens with [A-Z] and a colon must follow it."""
    assert credit_forms._BILINGUAL_LABEL.pattern.endswith(r"(?=\s*[:：])")
    assert credit_forms.bilingual_label(line)
    assert credit_forms.plain_form(line) == plain


@pytest.mark.parametrize("row", ["文 | 阿满 ，编辑 | 小雪", "记者：林木, 摄影：周远,"])
def test_comma_rows_need_a_label_after_the_last_comma(row: str) -> None:
    """``credit_parts`` splits a comma row only when a colon or a bar follows the last
    comma: each part of a row must have its own (``_split_parts``), the last one too."""
    last = max(row.rstrip("，, ").rfind("，"), row.rstrip("，, ").rfind(","))
    assert credit_rows._ROW_MARK.search(row, last)
    split = credit_rows._split_parts
    assert split(row, credit_rows._COMMA, credit_lines.is_credit, labelled=True)
    assert credit_rows.credit_parts(row, credit_lines.is_credit)
    assert credit_lines.is_credit(row)
    assert not split("记者：张三，李四", credit_rows._COMMA, credit_lines.is_credit, labelled=True)


def test_source_label_and_wire_dateline_gates_cover_their_regexes() -> None:
    """The spaced 来源/转自 label is tried only on lines holding 源 or 转, and an English
    wire dateline only when its bracket stands within the first characters."""
    words = source_lines._SPACED_LABEL.pattern.split("(?:", 1)[1].split(")", 1)[0]
    for word in words.split("|"):
        assert "源" in word or "转" in word, word
    longest = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDE,  September.  31  (Xinhua) -- x"
    assert according_to._WIRE_DATELINE.match(longest)
    assert longest.index("(") < according_to._WIRE_REACH


def test_every_label_the_credit_form_reads_passes_its_gate() -> None:
    """credit_shape's gate (credit_gate, class scans) may skip only lines the parser could
    not read: each role character before a separator or a space, each person's role, a role
    after the names, a bracketed line, a Latin role's stem."""
    from snapcrawl.extract import credit_gate, credit_roles, credit_shape

    passes = credit_gate.may_be_form

    for char in credit_roles.ROLE_CHARS + credit_roles.PERSON_STEM_CHARS:
        for sep in ("：", " ", "|", "丨", "/", "——", "→", "•", "」"):
            assert passes(char + sep + "许青禾"), char + sep
    for role in (
        "通讯员",
        "实习生",
        "见习生",
        "制片人",
        "记者",
        "撰稿人",
        "供稿单位",
        "校对",
        "出品",
    ):
        assert passes(role + "：许青禾"), role
    for role in credit_shape._AFTER_NAME_ROLE:
        assert passes("许青禾/" + role), role
        assert passes("许青禾 " + role), role
    for line in (
        "（记者李想 通讯员陈晨）",
        "（示例县融媒体中心供稿）",
        "（示例中心整理）",
        "（示例社编译）",
        "「撰文」许青禾",
    ):
        assert passes(line), line
    for role in ("Host", "Editor", "Text", "Copy editor", "Credit", "Words", "Reporter"):
        assert passes(role + ": Li Wei"), role
    assert not passes("入秋以来山区果园迎来采摘旺季")
    assert not passes("首页 新闻 体育 娱乐 财经")
    for line in ("许青禾", "供稿单位：许青禾", "（记者李想）", "Editor: Li Wei"):
        assert credit_shape.credit_by_form(line) == (
            credit_shape._segments.__wrapped__(line) is not None
        ), line


def test_form_readers_gates_keep_their_labels() -> None:
    """The readers' one-scan tests before the parser keep every writer's and editor's label."""
    from snapcrawl.extract.credit_form_reading import form_names

    assert form_names("特约撰稿 | 许青禾", "author") == "许青禾"
    assert form_names("Text: 韩秋 | Editor: 钟鸣", "author") == "韩秋"
    assert form_names("Text: 韩秋 | Editor: 钟鸣", "editor") == "钟鸣"
    assert form_names("本期编辑 钟鸣", "editor") == "钟鸣"
    assert form_names("◎ 南都记者 程远 实习生 叶舟", "author") == "程远"
