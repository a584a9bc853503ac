"""Who wrote the article, from its credits and its author tags: credits, not prose.

A credit is a short line or bracket that names people after a credit word: 作者：X, 记者 X,
文/X, （记者 X Y）. A name is checked for the shape of a name (short, no sentence
punctuation, no digits but a trailing staff code, which is cut), so "记者从市交通局获悉，…"
— a sentence that happens to contain a credit word — never becomes an author. The editor's
credits are read in ``editor_credits``, the original title in ``original_title``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from snapcrawl.extract.author_bios import bio_note_name
from snapcrawl.extract.author_notes import noted_author
from snapcrawl.extract.by_colon import by_colon_name
from snapcrawl.extract.byline_shapes import MAX_LINE as POSTER_LINE_MAX
from snapcrawl.extract.byline_shapes import poster_name
from snapcrawl.extract.chrome_vocab import (
    AUTHOR_ROLE,
    PICTURE_FROM,
    PICTURE_LABEL,
    PICTURE_TAIL,
    STAGE_NOTE,
)
from snapcrawl.extract.cited_works import cites_work
from snapcrawl.extract.credit_form_reading import read_by_form
from snapcrawl.extract.credit_forms import plain_form
from snapcrawl.extract.credit_lines import desk_filed, role_backslash
from snapcrawl.extract.credit_names import (
    LABEL_END,
    STOP_RE,
    clean_name,
    comma_list,
    is_outlet_name,
)
from snapcrawl.extract.credit_person import may_be_name
from snapcrawl.extract.dom import Line
from snapcrawl.extract.dotted_signoffs import dotted_sign_off
from snapcrawl.extract.editor_credits import EDITOR_CREDITS
from snapcrawl.extract.report_signoffs import report_signoff
from snapcrawl.extract.reporter_datelines import (
    SLASH_DATELINE,
    SPACED_DATELINE,
    dateline_bracket_names,
    slash_byline,
)
from snapcrawl.extract.thresholds import CREDIT_ALONE_MAX, CREDIT_READ_MAX
from snapcrawl.extract.vocab import BYLINE_MARKS, OUTLET_SHAPE
from snapcrawl.extract.wechat_header import wechat_header

_AUTHOR_LABELED = re.compile(
    r"(?:(?<![\u4e00-\u9fff])(?:(?:文[/、·]图|图[/、·]文)\s*[/／|｜丨︱│┃:：\s]|(?:文图|图文)\s*[/／|｜丨︱│┃:：]"
    r"|(?:文[ \u3000]+[图圖]|[图圖][ \u3000]+文)\s*[/／|｜丨︱│┃:：]|文\s*[/／|｜丨︱│┃:：])"
    r"|(?:作者简介|作者|撰文|采写|(?:采访|文字)整理|执笔人?|主笔|文字|记者|研究员|分析师"
    r"|(?<![\u4e00-\u9fff])整理)\s*[:：|｜丨︱│┃/／]"
    # (a reprint's "新华社 原作者 X": the original writer's label, spaced)
    r"|(?:^|(?<=[\s（(【\[|｜丨︱│┃/／]))(?:原作者|作者|撰文|采写|执笔|主笔|文字)\s)"
    r"\s*(?P<value>[^\n]+)"
)
# Every label of both patterns above and below holds one of these characters (文, 文/图,
# 作者, 撰文, 采写, 采访整理, 执笔, a feature's lead writer 主笔, 文字, 记者, and a research
# note's 研究员 and 分析师; an as-told-to story's 整理, who wrote down what 口述 told, is a
# substring test of its own, 理 being common in prose): a
# line without one in its first CREDIT_READ_MAX characters has no match, and testing for
# them is cheaper than either pattern's scan. 译 is the translator-compiler's "編譯X／綜合報導"
# (reporter_datelines.SLASH_DATELINE).
_AUTHOR_WORD_CHARS = re.compile("[文作写笔记記访研析译譯]")
# "新京报讯（记者 陆一夫）", "（文/图 刘玺东 易赛楠）", "本报记者 张三 李四".
# "(香港文匯報記者 顏晉傑 文森)": the paper named before its reporters inside the bracket.
_AUTHOR_DATELINE = re.compile(
    r"(?:(?:[（(【\[〔]|^|本报|见习|首席|特约)\s*(?:文/图|文|采写|记者)[:：/／\s]"
    # "【X报特约记者春夏编译报道】": the lead's bracketed credit, the post before 记者
    # "（奚晓 中青报·中青网记者王烨）": a name set before the outlet (its role left out), the
    # outlet's two names joined by "·": the reporter is the one under 记者
    r"|[（(〔【]\s*(?:[\u4e00-\u9fff]{2,3}(?:\s[\u4e00-\u9fff]{2,3}){0,2}\s+(?=\S{0,12}?[记記]者))?"
    r"(?:[\u4e00-\u9fff]{1,8}[报報社网網台臺](?:·[\u4e00-\u9fff]{1,8}[报報社网網台臺])?)?(?:特约|特約)?[记記]者)"
    r"\s*(?P<value>[^）)】\]〕\n]+)"
)
# "（晨报记者李锐摄影报道）", "（记者 X 摄影报道）": the reporter reported and took the
# pictures; the photo word is the reporter's own, the name the writer's (as "X 文/摄").
_REPORTED_WITH_CAMERA = re.compile(
    r"[记記]者\s*[\u4e00-\u9fff·]{2,4}\s*(?:摄影|攝影)\s*(?:报道|報導|報道)[）)]?$"
)
# "（中央社記者王家俊台北3日電）台北捷運…": a wire's reporter glued to the place and the day
# of its dateline, opening the story's first paragraph (a two- or three-character name).
_WIRE_DATELINE = re.compile(
    r"^[\s（(]*[\u4e00-\u9fff]{2,6}?[记記]者\s*(?P<value>[\u4e00-\u9fff]{2,3})"
    r"[\u4e00-\u9fff]{2,6}?\d{1,2}日[专專]?[电電]"
)
# "本文来自微信公众号：X（ID：Y），作者：Z，头图来自：视觉中国", "图片｜东方IC 文字｜X": a
# writer's label of its own in a line that also credits a picture names the writer.
_AUTHOR_COLON = re.compile(
    r"(?:^|[\s，,；;（(【\[|｜丨])(?:作者\s*[:：]|(?:作者|撰文|采写|执笔|文字)\s*[:：|｜丨/／])"
)
# A line that is only a credit: "新京报记者 陆一夫", "《棱镜》作者 周纯", "澎湃新闻记者 贺梨萍",
# also in brackets ("（总台记者 张倩）", a sign-off glued to the last paragraph: glued_credit).
# The outlet may carry a "+" (an app's name: "南方+记者 X"); the names may close with what
# the reporter did besides writing ("本报记者 X 文/摄", "文/图": the writer, who also shot) or
# where they filed from ("本报特派记者 X 发自Y").
# A name in a credit line: two to four characters, or a two-character name set out with a
# space inside to the width of three ("宫 蕾").
_NAME_WORD = r"[\u4e00-\u9fff]\s[\u4e00-\u9fff](?![\u4e00-\u9fff·])|[\u4e00-\u9fff·]{2,5}"
_AUTHOR_LINE = re.compile(
    r"^[□■●◆▲△○◎◇★☆\s]*[（(【\[]?(?:[^\s:：，。]{2,16}报道\s+)?"
    r"(?:[\u4e00-\u9fff《》·+＋]{0,12}?\s?)"
    r"(?:(?:(?:见习|实习|特约|首席)?(?:记者|作者)|实习生|通讯员|(?:特约)?评论员)\s+|(?:专栏|專欄)作家\s*)"
    r"(?P<value>(?:" + _NAME_WORD + r")(?:[\s、](?:" + _NAME_WORD + r")){0,3})"
    r"(?:\s+[\u4e00-\u9fff]{2,8}报道|\s+发自[\u4e00-\u9fff]{2,8}|\s+文\s*[/／、]?\s*[摄图])?[)）】\]]?$"
)
# "作者：方敏 海港大学教授", "作者简介：方敏，海港大学教授": a name, then what the author
# is (the value of an author note, credit_lines.is_credit).
_NOTED_NAME = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,4})(?:[，,]\s*|\s+)[^，,。！？]{2,30}(?:"
    + AUTHOR_ROLE
    + r")[。]?[）)\]】]?$"
)
# "……实现轻松换新。(李楠)": a name in brackets closing the story.
# "（中国南海新闻网 栾雨石）": the outlet that filed it may stand before the writer's name.
_SIGN_OFF = re.compile(
    r"[（(](?P<outlet>[\u4e00-\u9fff]{2,12}?(?:网|網|报|報|社|台|臺|新闻|新聞)\s+)?(?P<value>[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,2})[)）]$"
)
# "撰文／X(华盛顿)": the bracket after a writer's labelled credit holds where X filed from,
# no second name (the sign-off's bracket stands after the story's last sentence).
_LABELLED_WRITER_BEFORE = re.compile(
    r"(?:撰文|撰稿|采写|作者|文|记者|記者)\s*[/／:：]\s*[^\s/／:：，。]{2,12}$"
)
# What follows an outlet in a sign-off when no writer does: its desk's note (综合, 编译).
_DESK_NOTE = re.compile(
    r"综合|綜合|[编編][译譯辑輯]|整理|摘[编編]|[供来來]稿|[图圖]文|[报報][道导導]"
)
# "——读者 钱慕白": a reader's letter signed under its last paragraph.
_READER_SIGN_OFF = re.compile(r"^[—－-]{1,2}\s*(?:读者|讀者)\s*(?P<value>[\u4e00-\u9fff·]{2,4})$")
_ORGANISATION = re.compile(
    r"[社网报台站局部会院厅委办处司所队完]$|新闻|日报|记者|编辑|通讯|" + STAGE_NOTE
)
# "（来源：中国日报网 信莲 编辑：北风）", "（來源：海港網 林木）": the closing bracket that
# credits the outlet names its writer after it, set apart by a space, before any editor's
# label (a bare "（来源：X）" names no one).
_SOURCED_SIGN_OFF = re.compile(
    r"^[（(]\s*(?:来源|來源)\s*[:：]\s*[^\s()（）:：]{2,12}?(?:网|網|报|報|社|台|臺|新闻|新聞)\s+"
    r"(?P<value>[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,2})\s*"
    r"(?:[)）]$|(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：])"
)
# What the word after the outlet is when it is no writer: the outlet's edition or app
# ("人民日报 海外版", "X 客户端"), a staff role ("评论员") or the desk's note ("综合").
_NOT_WRITER = re.compile(r"[版端刊号號道员員]$|" + _DESK_NOTE.pattern + "|" + _ORGANISATION.pattern)
# A picture's credit (张三 摄, 图片来源：X, 视觉中国供图) names a photographer, not the author.
_PHOTO_CHARS = re.compile("[摄图供视照]")
_PHOTO = re.compile(
    r"(?:" + PICTURE_TAIL + r")$|摄影|供图|(?:" + PICTURE_LABEL + r")\s*[:：/|｜]|" + PICTURE_FROM
)
# "（文中图片均由通讯员 X 拍摄）": a picture's credit in a sentence, names set apart by spaces
_GIVEN_PICTURE = re.compile(
    r"(?:图片|照片|图|视频)(?:均|皆|都)?由[^，。；]{1,24}?(?:提供|拍摄|摄|授权)"
)
# "作者：医技药剂党支部": a unit credited by name, kept only where a 作者 label names it.
_UNIT = re.compile(
    r"^[\u4e00-\u9fff]{2,12}(?:党支部|党委|支部|办公室|中心|协会|学会|研究会|工会|团委|"
    r"课题组|工作组|小组|研究院|研究所|科室|委员会|[\u4e00-\u9fff]队|调研组|采访组|报道组)$"
)
_AUTHOR_LABEL_ONLY = re.compile(
    r"(?:^|(?<=[\s（(【\[|｜]))(?:作者|撰文|执笔)\s*[:：]\s*(?P<value>[^\s:：|｜，。]+)"
)
# "撰文：X 摄影：Y", "文/X 图/Y", "记者 | X 摄影 | Y", "文字 X　摄影 Y": a row of credits
# the writer's opens names the author first.
_AUTHOR_FIRST = re.compile(
    r"^[\s（(【\[]*(?:(?:撰文|作者|采写|执笔|文字|文图|图文|文[、· \u3000]+图|图[、· \u3000]+文"
    r"|文|记者)\s*[:：|｜丨/／]"
    # "文字 X　摄影 Y": a space after the label, a Chinese name after it (a Latin name has
    # spaces of its own: "撰文 Cathy Li　摄影 Tom Zhao" is read whole by the row readers)
    r"|(?:撰文|作者|采写|执笔|文字)[ \u3000]+(?=[\u4e00-\u9fff]))"
)
# "记者：梁晨 摄像：何伟": a reporter's label of its own beside a camera's credit under
# its own label (not "记者：X 摄", the reporter who took the picture).
_REPORTER_COLON = re.compile(r"(?:^|[\s，,；;（(【\[|｜丨])[记記]者\s*[:：]")
# "X讯 记者 A B 近日，…", "記者A／台北報導": datelines with no bracket (reporter_datelines.py)
_UNBRACKETED = (SPACED_DATELINE, SLASH_DATELINE)
_BAR = re.compile(r"[|｜]")

_BAR_LINE_MAX = 100  # a longer line is prose with a bar in it, not a meta line
_SEGMENT_AUTHOR = re.compile(r"^作者\s*[:：]?\s*(?P<value>\S+)$")


def bar_segment(text: str, label: re.Pattern[str]) -> str | None:
    """The ``value`` group of the first segment ``label`` matches in a "|"-separated meta
    line ("发表于… | 1164次阅读 | 来源CSDN | 作者魏星"), where a segment may carry its label
    without a colon. Shared by the author and the source readers."""
    if len(text) > _BAR_LINE_MAX or text.count("|") + text.count("｜") < 2:
        return None
    for segment in _BAR.split(text):
        if match := label.match(segment.strip()):
            return match["value"]
    return None


def _segment_author(text: str) -> str | None:
    """作者X in a "|"-separated meta line ("发表于… | 1164次阅读 | 作者魏星")."""
    value = bar_segment(text, _SEGMENT_AUTHOR)
    return clean_name(value) if value else None


# "本文章由注册用户 X 上传提供": a user-posted page's uploader, as a platform names the poster,
# alone or on the meta line ("发布时间：… 本文章由注册用户 X 上传提供 纠错/删除").
_UPLOADER = re.compile(
    r"(?:^|(?<=\s))本文(?:章)?由(?:注册|註冊)?(?:用户|用戶|会员|會員|网友|網友)"
    r"\s*(?P<value>[^\s，。]{1,20}?)\s*"
    r"(?:上传|上傳|发布|發布|投稿)(?:提供|分享)?[。.]?(?=\s|$)"
)


_UPLOADER_LINE_MAX = 80  # the credit and a meta line's date and buttons around it


def uploader_credit(text: str) -> str | None:
    """The user a platform names as the page's uploader ("本文章由注册用户 X 上传提供"): on
    a site of users' posts the poster is the writer, as a self-media account is."""
    if len(text) > _UPLOADER_LINE_MAX or (match := _UPLOADER.search(text)) is None:
        return None
    return clean_name(match["value"])


def wechat_credit(text: str) -> tuple[str | None, str | None]:
    """(author, account) of the line a reposted WeChat article opens with:
    "原创： 作者 公众号名", "原创 作者 公众号名 收录于话题#…" (wechat_header). A writer the
    account's own name opens ("原创 PHOTOFAIRS PHOTOFAIRS影像艺术博览会") is the account
    signing as itself: no writer of its own."""
    if (header := wechat_header(text)) is None:
        return None, None
    author, account = header
    return (None if account.startswith(author) else clean_name(author)), account


def _writer_first(text: str) -> bool:
    """Whether a row of credits opens with the writer's ("文/X 图/Y", "记者 | X 摄影 | Y");
    a reporter's credit ending in 摄 ("记者：X 摄") names the photographer."""
    return _AUTHOR_FIRST.match(text) is not None and not (
        "记者" in text[:4] and text.rstrip("）)] \u3000").endswith("摄")
    )


def _labeled_reporter(text: str) -> bool:
    """Whether a reporter's label of its own stands in a line of credits that does not end
    in the reporter's own 摄 (see _REPORTER_COLON)."""
    return _REPORTER_COLON.search(text) is not None and not text.rstrip("）)] \u3000").endswith(
        ("摄", "攝")
    )


def _is_photo_credit(text: str) -> bool:
    if not _PHOTO_CHARS.search(text):  # every picture credit has one of these
        return False
    return bool(_PHOTO.search(text.rstrip("）)] \u3000")))


def _photo_only(text: str) -> bool:
    """Whether ``text`` is a picture's credit with no writer's credit by its label in it:
    the labeled patterns do not read it (author_from_lines)."""
    return _is_photo_credit(text) and not (
        _writer_first(text)
        or _AUTHOR_COLON.search(text)
        or _labeled_reporter(text)
        or _REPORTED_WITH_CAMERA.search(text)
    )


def _credit_line(line: Line, *, bracketed: bool = False) -> str | None:
    """The names of a line that is only a credit ("新京报记者 陆一夫"), else ``None``.

    A credit in brackets ("（总台记者 张倩）") is a sign-off closing the story: it is read
    with ``bracketed=True`` only, after every labelled credit, because a republisher
    appends one to a story whose meta line already names its author (作者：X)."""
    text = line.text
    # _AUTHOR_LINE's role is 记者, 作者, 实习生, 通讯员, a commentator's 评论员 or a
    # columnist's 专栏作家 (the name may be glued to it: "專欄作家黃志遠"), spelled out: a
    # line with none of them cannot match, and six substring tests skip its lazy scan.
    if line.chars > CREDIT_ALONE_MAX or (
        "记者" not in text
        and "作者" not in text
        and "实习生" not in text
        and "作家" not in text
        and "通讯员" not in text
        and "评论员" not in text
    ):
        return None
    match = _AUTHOR_LINE.match(text)
    if not match:  # most lines: no credit, whatever they open with
        return None
    if "由" in text and _GIVEN_PICTURE.search(text):
        return None  # "（文中图片均由通讯员 X 拍摄）": who took the pictures, not the writer
    opens = text.lstrip("□■●◆▲△○ \t").startswith(("（", "(", "【", "["))
    if opens != bracketed:
        return None
    return clean_name(match["value"])


def _credits_a_work(text: str, start: int) -> bool:
    """Whether the label at ``start`` credits a work the line names before it: "《潮退》（作者：
    X）", "消息类：《潮退》　作者：X" in a list of prizes or a reading list names that work's
    writer, not the page's (cited_works)."""
    return start > 0 and "》" in text[:start] and cites_work(text)


def _slashed(line: Line) -> Line:
    return replace(line, text=role_backslash(line.text.replace("╱", "／")))


_MARKED_ROLE = re.compile(rf"^[{BYLINE_MARKS}]+\s*(?=(?:本报|本報)?(?:记者|記者|作者|文\s*[/／]))")


def _unmarked(line: Line) -> Line:
    """``line`` without the byline mark before its role ("◎ 记者X" reads "记者X")."""
    text = _MARKED_ROLE.sub("", line.text, count=1)
    return line if text == line.text else replace(line, text=text, chars=len(text))


def _in_plain_form(line: Line) -> Line:
    text = plain_form(line.text)
    return line if text is None else replace(line, text=text, chars=len(text))


# A credit longer than a credit line may be only a long list of names (five writers in full,
# Latin names of three words): read after its label as a comma list (credit_names).
_NAME_LIST_MAX = 200
_LIST_LABELS = ("作者", "撰文", "撰稿", "执笔", "執筆")


def author_from_lines(lines: list[Line], body: list[Line]) -> str | None:
    """A labeled author credit (作者：X, 文/X, 记者：X), a dateline credit (（记者 X）), a
    credit line (新京报记者 X), else a bracketed name closing the story (……。（李楠））."""
    # "記者：張家豪時間：…", "記者 蔡宜君／台中報導": a traditional credit the body kept as a
    # dated line, not a credit, so credit_reading gave it no reading form: read in its own.
    lines = [_in_plain_form(line) if "記" in line.text else line for line in lines]
    # "【記者X╱台北報導】": a box-drawing diagonal as a byline's slash, read as one
    # "◎ 記者X/編譯": the mark a page sets before its byline, no part of the credit
    lines = [_unmarked(line) if line.text[:1] in BYLINE_MARKS else line for line in lines]
    # (and "文\记者X": a backslash typed for the slash)
    lines = [_slashed(line) if "╱" in line.text or "\\" in line.text else line for line in lines]
    for pos, line in enumerate(lines):
        # Each reader's own first test, before calling it (most lines fail all three): a
        # credit line is short, a bar segment needs two bars, a WeChat credit opens 原创.
        text = line.text
        if line.chars <= CREDIT_ALONE_MAX and (name := _credit_line(line)):
            # "本报实习生 A B" over "本报记者 C D E": consecutive credit lines are one byline.
            for after in lines[pos + 1 : pos + 3]:
                if after.index != line.index + 1 or not (more := _credit_line(after)):
                    break
                name, line = f"{name} {more}", after
            return name
        if ("|" in text or "｜" in text) and (name := _segment_author(text)):
            return name
        if text.startswith("原创") and (name := wechat_credit(text)[0]):
            return name
        if "本文" in text and (name := uploader_credit(text)):
            return name
    for line in lines:  # "作者: A, B, C, D, 以及 E": a team's names, longer than a credit
        if (
            CREDIT_READ_MAX < line.chars <= _NAME_LIST_MAX
            and line.text.startswith(_LIST_LABELS)
            and (match := _AUTHOR_LABELED.match(line.text))
            and (name := comma_list(match["value"]))
        ):
            return name
    for line in lines:
        text = line.text
        if line.chars <= CREDIT_READ_MAX and ("作者" in text or "撰文" in text or "执笔" in text):
            match = _AUTHOR_LABEL_ONLY.search(line.text)
            if match and _UNIT.match(match["value"]):
                return match["value"]
    # The lines any of the patterns may read, judged once for all five: a line with no
    # label character cannot match (see _AUTHOR_WORD_CHARS: most lines skip), nor does a
    # picture's credit, unless the writer's is in the line by its label (``_photo_only``,
    # asked only of a line a pattern matches: the test scans the whole line, a paragraph's).
    readable = [
        (line, line.text[:CREDIT_READ_MAX])
        for line in lines
        if _AUTHOR_WORD_CHARS.search(line.text, 0, CREDIT_READ_MAX)
        or "整理" in line.text[:CREDIT_READ_MAX]
    ]
    for line in lines:  # "X，Y总部报道。", "Z记者 X 综合…等": a closing sign-off (report_signoffs)
        if name := report_signoff(line.text):
            return name
    # a labeled credit is read on a short line only (a longer one is prose)
    short = [row for row in readable if row[0].chars <= CREDIT_READ_MAX]
    photo: dict[int, bool] = {}  # id of a line -> _photo_only, once a pattern matched in it
    for pattern in (_AUTHOR_LABELED, _AUTHOR_DATELINE, _WIRE_DATELINE, *_UNBRACKETED):
        for line, text in short if pattern is _AUTHOR_LABELED else readable:
            for match in pattern.finditer(text):
                if (skip := photo.get(id(line))) is None:
                    skip = photo[id(line)] = _photo_only(line.text)
                if skip:
                    break
                if pattern is _AUTHOR_LABELED and _credits_a_work(text, match.start()):
                    continue
                value = match["value"]
                if pattern is _AUTHOR_LABELED and (bio := bio_note_name(text)):
                    return bio  # "作者：X 青年學者，專長為…。": the name, not "X 青年學者"
                if name := clean_name(value):
                    # "文 | 钛媒体 APP，作者 | X": the outlet under the first label, the
                    # writer under a later one in the same line
                    if pattern is _AUTHOR_LABELED and is_outlet_name(name):
                        later = pattern.search(text, match.start("value"))
                        if later and (person := clean_name(later["value"])):
                            return person
                    return name
                if pattern is _AUTHOR_LABELED and (noted := _NOTED_NAME.match(value.strip())):
                    return clean_name(noted["name"])
    for line in lines:  # "by：X（Y）": the English word as a writer's label (by_colon)
        if name := by_colon_name(line.text):
            return name
    for line in lines:  # "劉屏／華盛頓4日電", "【財訊快報／陳孟朔】…": a slash byline, no 记者
        text = line.text
        if ("／" in text or "/" in text) and (name := slash_byline(text)):  # ╱ made ／ above
            return name
    for line in lines:  # "中新网柳州4月1日电 (邓粒雨)…": the dateline's bracketed reporter
        if name := dateline_bracket_names(line.text):
            return name
    for line in lines:
        if line.chars <= CREDIT_ALONE_MAX and (name := _credit_line(line, bracketed=True)):
            return name
    for line in lines:  # "（作者方敏系海港大学教授）": a note about the writer, by name
        note = noted_author(line.text) if "作者" in line.text else None
        if note and (name := clean_name(note)):
            return name
    for line in (*lines, *body):  # a forum page's body may run past its poster line
        if len(line.text) > POSTER_LINE_MAX:
            continue  # poster_name's own first test, before the call: most of a body's lines
        value = poster_name(line.text)
        if not value or STOP_RE.match(value) or LABEL_END.match(value):
            continue  # "[ 图片 ]", "[ 评论 ]": a role or UI word where the poster stands
        if name := clean_name(value):
            return name
    for line in _story_end(body):
        match = _SIGN_OFF.search(line.text)
        if match and _LABELLED_WRITER_BEFORE.search(line.text, 0, match.start()):
            continue  # the place a labelled writer filed from
        if match and not _ORGANISATION.search(match["value"]):
            if match["outlet"] and (
                _DESK_NOTE.search(match["value"])
                or not all(map(may_be_name, match["value"].split()))
            ):
                continue  # "（海港网 综合）": the outlet's desk note, no writer
            return clean_name(match["value"])
        if line.text[:1] in "—－-" and (match := _READER_SIGN_OFF.match(line.text)):
            return clean_name(match["value"])
    if body and (name := dotted_sign_off(lines, body[-1].index)):  # "·沈志珍·"
        return name
    for line in lines:
        text = line.text
        if text[:1] in "（(" and "源" in text[1:5] and (match := _SOURCED_SIGN_OFF.match(text)):
            names = match["value"].split()
            if all(may_be_name(n) and not _NOT_WRITER.search(n) for n in names):
                return clean_name(match["value"])
    return read_by_form(lines, "author")


_PICTURE_RUN_MAX = 12  # a gallery of captions under the story is a few pictures, not a page


def _picture_credited(text: str) -> bool:
    """A caption closed by its picture's credit in brackets ("…的脸发炎。（网页截图）",
    "（资料图）"): the bracket names where the picture came from, not who wrote the story."""
    if not text.endswith((")", "）")) or not _PHOTO_CHARS.search(text[-8:]):
        return False
    match = _SIGN_OFF.search(text)
    return match is not None and _PHOTO.search(match["value"]) is not None


def _story_end(body: list[Line]) -> list[Line]:
    """The body's last two lines, a run of captions the page put after the story set aside:
    a bracketed name closing the story ("……。（李楠）") stands above the pictures, and the
    pictures' brackets ("（网页截图）") name no writer."""
    kept: list[Line] = []
    for line in reversed(body[-(_PICTURE_RUN_MAX + 2) :]):
        if not _picture_credited(line.text):
            kept.append(line)
            if len(kept) == 2:
                break
    return kept[::-1]


_OUTLET_TAG_MAX = 16  # an outlet's name is short (outlet_tags.MAX_OUTLET)
# What may follow the outlet's own name in an author tag that names only the outlet: its
# name in Latin letters, an outlet's word in it or an acronym ("中央通訊社 Central News
# Agency", "海港日报 (Harbour Daily)", "海港电视台 HKTV"), not a person's ("X社 Li Ming").
_LATIN_NAME = re.compile(
    r"\s*[(（]?\s*(?:[A-Z]{2,8}|[A-Za-z .&'-]*\b(?:News|Agency|Press|Daily|Times|Post|Media"
    r"|Network|Radio|TV|Broadcasting|Corporation|Group|Online|Weekly|Herald|Journal|Tribune"
    r"|Magazine|Channel|Wire)\b[A-Za-z .&'-]*)[)）]?\s*$"
)


# A company's name as a tag's author: a legal form closes it ("网易，NetEase Inc.",
# "X Co., Ltd.", "X有限公司"). The tag names who publishes the page, not who wrote it.
_COMPANY = re.compile(
    r"(?:\b(?:Inc|Ltd|LLC|Corp|Corporation|Limited|GmbH)\.?|有限公司|有限責任公司|股份公司)$",
    re.IGNORECASE,
)
_COMPANY_ENDS = frozenset(".cCdDpPnNHH司")


def author_from_tags(
    metas: dict[str, str], site: tuple[str, ...], source: str | None = None
) -> str | None:
    """``<meta name="author">``, ``article:author``, JSON-LD author or a byline element,
    unless it names the site itself (网易, CSDN.NET) or the outlet the story is from (a
    portal tags a reprint with its source), or is not a name."""
    for key in ("byline", "ld:author", "author", "article:author", "og:article:author"):
        value = metas.get(key)
        if not value or value == source or "@" in value or re.search(r"[A-Za-z]\.[A-Za-z]", value):
            continue
        if source and len(value) <= _OUTLET_TAG_MAX and OUTLET_SHAPE.search(value):
            continue  # a reprint tagged with the reposting news outlet's account: no writer
        if source and value.startswith(source) and _LATIN_NAME.match(value, len(source)):
            continue  # "中央通訊社 Central News Agency": the outlet in both its scripts
        if any(p.match(value) for p in EDITOR_CREDITS):
            continue  # an editor's credit marked as the byline
        if value[-1:] in _COMPANY_ENDS and _COMPANY.search(value):
            continue  # "网易，NetEase Inc.": the publishing company, no writer
        if desk_filed(value):
            continue  # "國際中心／綜合報導" marked as the author: a desk signs, no writer
        if value[:3].lower() == "by " and value[3:].strip():
            value = value[3:].strip()  # "By Jane Doe": an English byline's word, not the name
        labeled = _AUTHOR_LABELED.search(value)
        if not labeled and re.search(r"[:：]", value):
            continue  # another role's credit (选稿：X, 审核：X) in an element marked author
        name = clean_name(labeled["value"] if labeled else value)
        if name and not any(name.lower() in s.lower() or s.lower() in name.lower() for s in site):
            return name
    return None
