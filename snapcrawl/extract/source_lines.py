"""How one line names the story's outlet: "来源：X", "来源 | X", "本文转自X" (a dated meta
line's unlabeled name is dated_line.py's). The page-level choice among these lines is
source.py's.

A credit that belongs to a picture or a video (图片来源：X, 图片来自X, X供图) names a
photographer or agency, and a label's value that is a date, a counter or markup names no
outlet: both give ``None`` here.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from snapcrawl.extract.chrome_vocab import (
    MEDIA_NOUN,
    OPENING_LABEL,
    PICTURE_FROM,
    PICTURE_LABEL,
    PICTURE_TAIL,
)
from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.credits import bar_segment
from snapcrawl.extract.dates import date_spans
from snapcrawl.extract.dom import Line
from snapcrawl.extract.meta_labels import LABEL_RE
from snapcrawl.extract.simplified import read_simplified
from snapcrawl.extract.vocab import (
    LABELS,
    OUTLET_SHAPE,
    REPORT_WORDS,
    REPORTER_RANK,
    SENTENCE_PUNCT,
    TAKEN_FROM,
)

# What a picture credit says before its label (图片来源：X, 资料图片（来源：X）) or in its
# value (X供图, 图片来自X): the shared list in chrome_vocab.
_MEDIA_BEFORE = re.compile(
    r"(?:" + MEDIA_NOUN + r"|圖片|圖表|圖|攝影|影片|視頻|資料"
    r"|(?i:photo|image|picture|video|data|chart|graphic|map|cover))\s*[（(【\[]?\s*$"
    # a bracketed caption's kind, then its credit: "（资料图，来源：X）", "(图片，来源：X)"
    r"|[（(](?:资料图片?|資料圖片?|图片|圖片|照片|配图|配圖|视频|視頻|截图|截圖)\s*[，,、]\s*$"
)
_MEDIA_CREDIT = re.compile(
    PICTURE_FROM
    + r"|(?:"
    + PICTURE_LABEL
    + r")\s*[:：/|｜]|供图|来源于网络|(?:"
    + PICTURE_TAIL
    + r")$"
)
# The labels in traditional characters too (來源：聯合新聞網), which vocab.LABELS leaves out.
_TRADITIONAL = ("來源", "新聞來源", "文章來源", "出處", "來自", "轉自", "轉載自")
# Labels that say the page took the story from X (摘自, 选自, 原载) and the 来源 a word before
# it narrows (本文来源, 原文来源): each is one label word, read as 来源 is.
_TAKEN_FROM = ("来源于", "来自于", "内容来源", "本文来源", "原文来源", "摘自", "选自", "原载")
_SOURCE_WORDS = sorted({*LABELS["source"], *_TRADITIONAL, *_TAKEN_FROM}, key=len, reverse=True)


_LABEL_WORDS_RE = "(?:" + "|".join(map(re.escape, _SOURCE_WORDS)) + ")"
# "来 源：", "来　源：", "出 处：": a label spaced out to line up with 作　者 on the line below.
_LABEL_GAP = re.compile(r"(?<=[来來稿出])[ \u3000]+(?=[源处處]\s*[:：|｜丨︱│┃/／]|[源处處]$)")


# "来源 Source：X", "來源/Source: X": a bilingual page's label, its English name after the
# Chinese word and before the colon; the Chinese word stands for both.
_ENGLISH_NAME = re.compile(r"(?<=[源处處自])(?:\s*[/／]\s*|\s+)(?i:source|from)(?=\s*[:：])")


def close_label_gaps(text: str) -> str:
    """``text`` with the gap inside a spaced-out label closed ("来 源：X" gives "来源：X") and
    a bilingual label's English name dropped ("来源 Source：X" gives "来源：X"): the label
    normaliser the source readers share, instead of a list of spellings."""
    if "源" in text or "处" in text or "處" in text:
        text = _LABEL_GAP.sub("", text)
        if "ource" in text or "OURCE" in text or "rom" in text:
            text = _ENGLISH_NAME.sub("", text)
    return text


# 来源：X, and the bar a WeChat-style credit puts after its label (来源 | X, 来源丨X).
_SOURCE_LABEL = re.compile(_LABEL_WORDS_RE + r"\s*(?:[:：]|[|｜丨︱│┃/／](?=\s*[^\s|｜丨︱│┃/／]))")
# An English-language Chinese outlet's "Source: Xinhua | Updated: …" (not "Datasource:"),
# a regex of its own: a Latin word among _SOURCE_LABEL's makes it ~5x slower on every line.
_ENGLISH_LABEL = re.compile(r"(?<![A-Za-z])(?:Source|SOURCE)\s*:\s*")
# The field after an English label's value on the same line: "Source: Global Times
# Published: 2023/5/6" (LABEL_RE knows the Chinese labels only).
_ENGLISH_FIELD = re.compile(r"\s*\b(?:Published|Updated|Posted|Editor|Author|Date|Time)\s*:")
# The last character of a word for writing, before a 来源 that credits it: 本文, 稿, 资讯,
# 新闻, 信息, 内容, 转载, 文字, 作品, 文章, 稿件.
_WRITING = frozenset("文稿讯闻息容载字品章件")
_WORD_BREAK = re.compile(r"[\s\u3000|｜丨︱│┃,，。;；、（(【\[]")
# "Pacific Tech Review 作者：Lin": a Latin name runs over its spaces.
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9&.'’-]*(?: [A-Za-z0-9&][A-Za-z0-9&.'’-]*)*")
_AFTER_NAME = frozenset("，,。;；|｜丨、")
_BOOK_TITLE = re.compile(r"^《(?P<name>[^《》]{2,30})》")
# "人民网-《人民日报》": a portal's name joined by a dash to a paper in book marks. The portal
# only carries the story; the paper printed it, and is where it comes from.
_PORTAL_THEN_PAPER = re.compile(
    r"^[^\s《》:：]{2,12}?\s*[-－—–·|｜]+\s*《(?P<name>[^《》]{2,30})》(?P<edition>[^\s《》]{0,4}版)?"
)
# "鏡週刊Mirror Media", "端传媒Initium Media": an outlet's Chinese name with its English
# name of several capitalised words glued after it; a space would cut the English name in two.
_HAN_THEN_ENGLISH = re.compile(
    r"([\u4e00-\u9fff]{2,})[A-Z][A-Za-z&'.-]*(?: [A-Z][A-Za-z&'.-]*)+(?!\S)"
)
# "原载《X》", "摘自《X》": a label that says the page took the story from X, then X in book
# marks with no colon between.
_TITLE_TAKEN = re.compile(
    r"(?:原[载載][于於]?|摘自|[选選]自|[转轉][载載]?自)\s*(?=《[^》]{2,30}》)"
)
# "本文刊登于《X》2024年第30期", "此文原发表于《X》": the page saying where the story was
# first printed; the story's own subject (本文) opens the line, as a sentence about a paper
# ("论文发表于《X》") does not.
_PRINTED_IN = re.compile(
    r"^[\s（(【\[]*(?:本文|此文|该文|該文|文章|本篇)\s*原?(?:刊登|刊发|刊發|刊载|刊載|发表|發表|首发|首發|刊|载|載)"
    r"[于於在]\s*(?=《[^》]{2,30}》)"
)
# "发表于: X" alone on a line by the heading: the outlet an op-ed was published in, not a
# date (a forum's "发表于 2024-…" is its post's time).
_PUBLISHED_IN_LABEL = re.compile(
    r"^\s*(?:原文|原)?(?:发表|發表|刊登|刊發|刊发|首发|首發|刊载|刊載|载|載)[于於]\s*[:：]\s*(?=\D+$)"
)
_LABEL_MARKS = re.compile(r"[:：|｜丨︱│┃/／]")
_BAR_LABEL = re.compile(r"(?:来源|稿源|出处|来自)\s*[|｜/／]")
_LABEL_WORDS = frozenset(word for words in LABELS.values() for word in words)
_SEGMENT_LABEL = re.compile(r"^(?:来源|稿源|出处)\s*(?P<value>\S.*)$")
_TOKEN_END = re.compile(r"[\s\u3000|｜丨︱│┃,，;；]")
_LEAD_IN = re.compile(rf"^(?:本文|此文|文章)?(?:{TAKEN_FROM}|来源|来自于)\s*[:：]?\s*")
# "新浪财经-自媒体综合", "网友投稿": the portal's channel for what its users post, which
# names no outlet (the post's own credit, such as a WeChat account, does).
# "京港台时间" (the clock a date is given in), "农历…" (a lunar date), 'size="20"' (markup
# left unrendered) and a counter ("10544次") stand where an outlet would, and name none.
_NOT_OUTLET = re.compile(
    # a date's label set before it with no colon, as a traditional page writes it too
    # ("發佈時間 2012/01/17 10:23", "更新日期 …", "最後更新 …")
    r"[:：=<>\"]|\d[-:.]\d|--|\.\.\.|…|自媒体|网友投稿|用户投稿|用户上传|时间$|時間$|日期$|时区|农历|\d\s*次"
    r"|^(?:最後|最后)更新$"
    # a link's call to follow it ("点击查看原文", "阅读原文", "原文链接", "點此"), its address
    # left out: where the story is, said as a link, names no outlet
    r"|^(?:请|請)?(?:点击|點擊|点此|點此)|(?:查看|阅读|閱讀|檢視)原文|原文(?:链接|連結|地址)"
    r"|(?i:^(?:click|read more|original link)\b)"
    # a date's label left alone in its cell ("发布 /" | "2019年2月16日"): it names the date
    r"|^(?:发布|發布|發佈|发表|發表|更新|日期)(?:于|於)?$"
    # a closing quote mark with words after it: a name quoted inside the host's sentence
    # ("本网注明“来源：X”的所有文章…"), never an outlet's own credit
    r"|[”」』].|[“「『]$"
    # the same sentence cut at its comma ("注明“稿件来源：杭州网”，违者…"): the quote closes
    # the value, its opening mark before the label
    r"|^[^“]+”$"
)
_MAX_META_LINE = 60
_MAX_SIGN_OFF = 80  # a longer line is a paragraph, and a paragraph's 来自 is the story's
# "观察者网(上海)", "新华社（北京）": where the outlet filed from, in brackets after its name,
# or the account's ID ("海港日报（ID：hgrb2019）"); the closing bracket may be gone (the
# value's ends are stripped of brackets).
_PLACE_NOTE = re.compile(
    r"[（(](?P<note>[^（()）]{1,6}|(?:ID|id|微信号|微信ID|公众号ID?)\s*[:：]?\s*[\w.-]{1,30}"
    # what the account is: "平安河湾（河湾市公安局官方微信）", "（X官方微博）", "（X客户端）"
    r"|[^（()）]{1,16}(?:微信|微博|公众号|客户端|抖音号?|视频号|头条号))[)）]?$"
)
# How the piece was made, tagged in square brackets after the outlet ("游民星空[编译]",
# "X网【原创】"; the closing bracket may be lost where a label's value is trimmed): the
# outlet is the name before it. An edition ("[海外版]") is the name's own and stays.
_MADE_TAG = re.compile(r"[\[【](?P<note>[\u4e00-\u9fff]{1,6})[\]】]?$")
# How the outlet made the piece, glued after its name with no brackets: "X网整合",
# "TGBUS编译" (its desk translated a foreign report).
_MADE_BY = ("整合", "综合", "綜合", "编译", "編譯")
# A button's words glued to the value by the page's markup: "来源：求是网参与互动".
_BUTTON_TAIL = re.compile(
    r"(?:参与互动|参与讨论|参与评论|我要评论|发表评论|我要分享|分享到|分享至|一键分享|打印本页|手机看|扫码阅读)$"
)
# "X记者", "X驻京记者": a reporter's credit, whose outlet is X.
_REPORTER_TAIL = re.compile(r"(?:驻\S{1,6})?(?:特约|特約|见习|見習|首席|资深)?(?:记者|記者)$")
_CARD_MIN = 8  # a headline or a caption before a bracketed 来源 is at least this long
# "2024-03-05 10:00 来源 新华社": the label set off by a space on a dated meta line.
_SPACED_LABEL = re.compile(r"(?<![\u4e00-\u9fff])(?:来源于?|稿源|转载?自)\s+(?=[^\s:：|｜丨︱│┃])")
# "来源：" ending its line: the value is the next block.
# A label alone in its cell ("来源" | "新华社" in an info table) says the same.
# "【来源】X", "[来源] X": the label in brackets, its value after them.
_BRACKETED_LABEL = re.compile(
    r"[【\[〔]\s*(?P<label>(?:文章|新聞|新闻|稿件|信息|消息|本文)?(?:来源|來源|稿源|出处|出處))\s*[】\]〕]\s*"
)
_LABEL_AT_END = re.compile(_LABEL_WORDS_RE + r"\s*[:：]\s*$")
_LABEL_ALONE = re.compile("^" + _LABEL_WORDS_RE + "$")
# By whose leave the story is published: "本文为X授权Y《专栏》发布", "本文由X独家授权Y刊发",
# "本文经X授权转载" (X holds the rights; Y, when named, is the outlet it was given to).
_AUTHORISED = re.compile(
    r"^[\s（(【\[]*(?:本文|此文|文章|本篇)\s*(?:为|由|系|经)\s*[“「\"《]?(?P<owner>[^\s，,。；;“”「」\"《》]{2,20}?)"
    r"[”」\"》]?\s*(?:独家)?授权\s*(?:(?P<reprint>转载|转发|刊登)|(?P<host>[^\s，,。；;《]{2,12}?)?\s*"
    r"(?:《[^》]{1,16}》)?\s*(?:专栏|栏目|频道)?\s*(?:独家)?(?:发布|刊发|首发|刊登|转载|发表))"
)
# "作者：《X》记者 Y", "《X》特约记者 Y": the reporter's outlet in book brackets.
# Or an outlet's name with no marks after a writer's label: "撰稿 / 河湾日报记者 乔木".
_OUTLET_REPORTER = re.compile(
    r"(?:《(?P<name>[^《》]{2,16})》|(?:作者|撰文|撰稿|采写|文)\s*[:：/／|｜]\s*"
    r"(?P<bare>\w{1,8}?(?:[报報社网網台臺刊]|新闻|新聞)))"
    r"\s*(?:驻\S{1,6})?(?:特约|见习|实习|首席|资深)?记者"
)
# The page naming where it came from in words, at its start: 本文来自X, 文章转载自公众号“X”,
# 以上内容来自「X」 (a repost's sign-off under what it took).
_SELF_CREDIT = re.compile(
    r"^[\s（(【\[]*(?:本文|此文|文章|本篇|本稿|以上内容|以上文章)\s*(?:来自于?|来源于|转载自|转载于|转自|选自|摘自|"
    r"首发于|原载于?|原发于)\s*[:：]?\s*(?:微信公众号|公众号|微信号|头条号|百家号|微博)?\s*[:：]?\s*"
    r"[“「\"《]?(?P<name>[^\s，,。；;：:“”「」\"《》（）()【】]{2,30}?)[”」\"》]?"
    r"(?=$|[\s，,。；;（()）】\]])"
)


# "本文系X原创，转载请注明出处", "本文为「X」独家原创稿件", "本文由X原创": the outlet
# claiming the story as its own.
_OWN_WORK = re.compile(
    r"^\W*(?:本文|此文|文章|本篇|本稿)\s*(?:系|为|為|是|由)\s*(?P<open>[“「\"《]?)(?P<name>\w{2,20}?)\W?"
    r"\s*(?:独家|獨家)?(?:原创|原創)"
)


def outlet_token(value: str) -> str | None:
    """The outlet name at the start of a label's value ("新京报 2019-09-07" gives 新京报),
    without a place in brackets after it ("观察者网(上海)") or a button's words glued to it
    ("求是网参与互动")."""
    value = _LEAD_IN.sub("", value.strip(" \u3000【】[]()（）"))
    if ("：" in value[:8] or ":" in value[:8]) and OPENING_LABEL.match(value):
        return None  # "来源: 【字体：大中小】": the label left blank, the next one's word after it
    if value.startswith(("综合", "綜合")) and OUTLET_SHAPE.search(rest := value[2:]):
        value = rest.lstrip(" \u3000:：")  # "综合新华社、央视新闻": compiled from them
    if book := _BOOK_TITLE.match(value):  # "《读书月刊》2026年第3期": the name in its marks
        value = book["name"]
    elif "《" in value and (book := _PORTAL_THEN_PAPER.match(value)):
        value = book["name"] + (book["edition"] or "")  # "…《人民日报》海外版": the edition
    latin = _LATIN_NAME.match(value)
    rest = value[latin.end() :] if latin else ""
    if latin and rest.lstrip().startswith((":", "：")):
        return None  # "Image Credit: X": a label, not a name
    if latin and (not rest or rest[0].isspace() or rest[0] in _AFTER_NAME):
        value = latin[0].rstrip(" .")  # not "IT之家" (a Han name) nor 'width="12"' (markup)
    elif value:
        if " " in value and (named := _HAN_THEN_ENGLISH.match(value)):
            value = named[1]  # "鏡週刊Mirror Media": the name, and its English one glued after
        value = _TOKEN_END.split(value, maxsplit=1)[0].strip("。.:：/／")  # "發布時間／"
        if value[-1:] in _CLOSERS and _CLOSERS[value[-1]] not in value:
            value = value[:-1]  # "[来源:X]  [责编:Y]", "（来源：X）\nhttp…": the credit's bracket
        if (
            value.endswith(_MADE_BY)
            and not (stem := value[:-2]).endswith(("[", "【"))  # "X[编译": _MADE_TAG's
            and (OUTLET_SHAPE.search(stem) or _LATIN_NAME.fullmatch(stem))
        ):
            value = stem  # "X网整合", "TGBUS编译": the outlet that compiled or translated it
        if value.endswith("--") and value[:1] != "-":  # "中国娱乐网-- 2012-07-26": a rule
            value = value.rstrip("-")  # between the name and its date, not part of the name
        if ("／" in value or "╱" in value or "/" in value) and (head := _slashed_outlet(value)):
            value = head  # "欣傳媒╱記者X／台北報導", "中廣新聞／X": the byline after the outlet
    if (cut := _PLACE_NOTE.search(value)) and cut.start() >= 2:
        opening = value[cut.start()]
        if not cut["note"].endswith("版"):
            value = value[: cut.start()]
        elif not value.endswith(("）", ")")):  # "人民日报（海外版）": the edition's name, whole
            value += "）" if opening == "（" else ")"
    if ("[" in value or "【" in value) and (cut := _MADE_TAG.search(value)) and cut.start() >= 2:
        if not cut["note"].endswith("版"):
            value = value[: cut.start()]
        elif not value.endswith(("]", "】")):  # "人民日报[海外版]": the edition's name, whole
            value += "]" if value[cut.start()] == "[" else "】"
    if (cut := _BUTTON_TAIL.search(value)) and cut.start() >= 2:
        value = value[: cut.start()]
    if "者" in value and (cut := _REPORTER_TAIL.search(value)) and cut.start() >= 2:
        value = value[: cut.start()]  # "界面新闻记者 | 张三": the reporter's outlet
    if (spans := date_spans(value)) and spans[0][0] > 1:
        value = value[: spans[0][0]].rstrip(" ·•-—_")  # "新京报2024-03-05": a glued time
    if not 1 < len(value) <= 40 or date_spans(value) or _MEDIA_CREDIT.search(value):
        return None
    if _NOT_OUTLET.search(value) or value in _LABEL_WORDS:
        return None  # "编辑|来源|作者": a row of labels names no one
    return value


# A closing bracket and its opening one: a value cut from a bracketed credit ("[来源:X]"
# then more on its line) keeps the closing bracket, which names nothing; a pair in the name
# ("人民日报（海外版）") is kept.
_CLOSERS = {
    "]": "[",
    "】": "【",
    ")": "(",
    "）": "（",
    "〕": "〔",
    "〉": "〈",
    "」": "「",
    "』": "『",
    "》": "《",
}


# A Taiwanese byline printed whole where the outlet stands: the outlet, a slash (full-width,
# or the box-drawing "╱" of those papers) and what follows it in a byline, its reporter
# ("欣傳媒╱記者X／台北報導", "X╱uho新聞中心Y"), a bare name ("中廣新聞／X"), the outlet
# again ("東森新聞╱東森新聞") or the report's word alone ("華視新聞╱報導").
_SLASHED = re.compile(r"(?P<outlet>[^／╱/]{2,12})[／╱/](?P<rest>[^／╱/]+)")
_AFTER_OUTLET = re.compile(
    rf"{REPORTER_RANK}(?:記者|记者|通訊員|通讯员)"
    rf"|\w{{0,8}}(?:新聞|新闻)中心|(?:{'|'.join(REPORT_WORDS)})$"
)


def _slashed_outlet(value: str) -> str | None:
    """The outlet opening a slashed byline (see ``_SLASHED``), else ``None``: "新浪财经/综合"
    or "台北／高雄" are no byline and are left to the other cuts."""
    if not (match := _SLASHED.match(value)) or not OUTLET_SHAPE.search(outlet := match["outlet"]):
        return None
    rest = match["rest"]
    if (
        rest == outlet
        or _AFTER_OUTLET.match(rest)
        or (is_name(rest) and not OUTLET_SHAPE.search(rest))
    ):
        return outlet
    return None


# Words that stand where an outlet would but name none (网络, 本站, 佚名; 匿名, a post's
# "2023 年 02 月 15 日 匿名": its writer withheld): kept as written after a 来源 label, which
# says what they are, never taken from an unlabeled line.
PLACEHOLDER = re.compile(r"^(?:网络|互联网|本站|本网|网友|佚名|匿名|未知|原创|转载|综合|楼主|游客)")


def unlabeled_token(value: str) -> str | None:
    token = outlet_token(value)
    return None if token is None or PLACEHOLDER.match(token) else token


# A line's answer is its text's alone, and several readers ask it of the same line (and a
# site's lines recur page after page): each text is judged once, at most 4096 remembered.
@lru_cache(maxsize=4096)
def labeled_source(text: str) -> str | None:
    """X of "来源：X" in ``text``, unless the label credits a picture (图片来源：X); in a
    "|"-separated meta line a segment may carry its label without a colon (来源CSDN); a
    short dated meta line may set it off by a space alone ("2024-03-05 10:00 来源 X"). A
    Hong Kong page's colon (來源︰X) and a label in brackets (【来源】X) read as 来源：X."""
    if "︰" in text or "﹕" in text:
        text = text.replace("︰", "：").replace("﹕", "：")
    if (
        ("】" in text or "]" in text)
        and ("源" in text or "处" in text or "處" in text or "自" in text)
        and (match := _BRACKETED_LABEL.search(text))
    ):
        text = f"{text[: match.start()]}{match['label']}：{text[match.end() :]}"
    if _LABEL_MARKS.search(text):
        text = close_label_gaps(text)
        if ":" in text or "：" in text or "丨" in text or "︱" in text or _BAR_LABEL.search(text):
            for match in _SOURCE_LABEL.finditer(text):
                before = text[: match.start()]
                if _MEDIA_BEFORE.search(before) or _credits_its_line(before) or ends_a_noun(before):
                    continue
                nxt = LABEL_RE.search(text, match.end())
                value = text[match.end() : nxt.start() if nxt else len(text)]
                if token := outlet_token(value):
                    return token
        if ":" in text and ("Source" in text or "SOURCE" in text) and (found := _english(text)):
            return found
        if segment := bar_segment(text, _SEGMENT_LABEL):
            return outlet_token(segment)
    if (
        ("于" in text or "於" in text)
        and len(text) <= _MAX_META_LINE
        and (match := _PUBLISHED_IN_LABEL.match(text))
    ):
        return outlet_token(text[match.end() :])
    if "《" in text and ("自" in text or "原" in text) and (found := _taken_from_title(text)):
        return found
    if "《" in text and (match := _PRINTED_IN.match(text)) and len(text) <= _MAX_META_LINE:
        return outlet_token(text[match.end() :])
    if ("源" in text or "转" in text) and len(text) <= _MAX_META_LINE:  # 来源, 转自
        return _spaced_source(text)
    return None


def _taken_from_title(text: str) -> str | None:
    """X of "原载《X》2024年6月28日第2版", "（作者系…）摘自《X》": a taken-from label with no
    colon before the title it names in book marks, anywhere on a short line."""
    if len(text) > _MAX_META_LINE:
        return None
    for match in _TITLE_TAKEN.finditer(text):
        if not _MEDIA_BEFORE.search(text[: match.start()]):
            return outlet_token(text[match.end() :])
    return None


def _english(text: str) -> str | None:
    """X of "Source: X" on an English-language page, up to its next field ("Updated: …"),
    unless a picture's or a chart's (Photo source:, Data Source:)."""
    match = _ENGLISH_LABEL.search(text)
    if not match or _MEDIA_BEFORE.search(text[: match.start()]):
        return None
    return outlet_token(_ENGLISH_FIELD.split(text[match.end() :], maxsplit=1)[0])


def ends_a_noun(before: str) -> bool:
    """Whether a label word is the end of a longer noun ("项目资金来源：一是…", "数据来源："):
    glued to a Han word before it that is not a kind of writing (转载来源, 图文来源, 资讯来源
    credit a story), no label's value (作者：张三来源：X, a credit glued by the page's
    markup) and no time (09:15来源：X)."""
    if not before or not "\u4e00" <= before[-1] <= "\u9fff" or before[-1] in _WRITING:
        return False
    word = _WORD_BREAK.split(before)[-1]
    return not any(ch in word for ch in ":：") and not any(ch.isdigit() for ch in word)


def _credits_its_line(before: str) -> bool:
    """Whether a bracketed 来源 closes a headline or a caption on its own line ("街道连夜
    划出新车位（来源：拍客视频）", a video card's title): it credits that item, not the
    story. A story's last sentence ends in 。 before its （来源：X） sign-off; a meta line's
    text before the label is dates and labels."""
    if not before.endswith(("（", "(")) or len(before) > _MAX_META_LINE:
        return False
    words = before[:-1].rstrip()
    return (
        len(words) >= _CARD_MIN
        and not words.endswith(("。", "！", "？", "!", "?"))
        and not date_spans(words)
        and not LABEL_RE.search(words)
    )


def _spaced_source(text: str) -> str | None:
    """ "来源 X" on a dated meta line with no sentence in it: the label set off by a space."""
    match = _SPACED_LABEL.search(text)
    if not match or _MEDIA_BEFORE.search(text[: match.start()]) or SENTENCE_PUNCT.search(text):
        return None
    return outlet_token(text[match.end() :]) if date_spans(text) else None


def self_credit(text: str, site: tuple[str, ...] = ()) -> str | None:
    """X of a sign-off where the page names where it came from in words: "本文来自X，更多…",
    "文章转载自微信公众号“X”", "（本文首发于X）", or by whose leave it is published: "本文为X
    授权Y《专栏》发布" (X when X is an outlet, else Y, the outlet it was given to), "本文经X
    授权转载", or as the outlet's own work: "本文系X原创" (X shaped like an outlet, quoted,
    or one of ``site``, the names the page gives itself: "本文由X原创" is then the host's
    claim, not a person's). Read last: a portal signs its own name this way under a story
    it credits to another outlet on the meta line."""
    if len(text) > _MAX_SIGN_OFF or ("本" not in text and "文" not in text and "以上" not in text):
        return None
    # "本文經《X》授權轉載", "本文轉載自X": a traditional page's sign-off, read in simplified
    # script (one character for one: the names are cut from the line as written)
    read = read_simplified(text)
    if match := _SELF_CREDIT.match(read):
        return outlet_token(text[match.start("name") : match.end("name")])
    if "授权" in read and (match := _AUTHORISED.match(read)):
        owner = text[match.start("owner") : match.end("owner")]
        host = text[match.start("host") : match.end("host")] if match["host"] else None
        if match["reprint"] or OUTLET_SHAPE.search(owner):
            return unlabeled_token(owner)
        return unlabeled_token(host) if host else None
    if ("原创" in text or "原創" in text) and (match := _OWN_WORK.match(text)):
        name = match["name"]  # an outlet's name or one in quotes, not "本文系作者原创"
        if match["open"] or OUTLET_SHAPE.search(name) or name in site:
            return unlabeled_token(name)
    return None


def reporter_outlet(text: str) -> str | None:
    """X of a credit naming the reporter's outlet in book brackets: "作者：《X》记者 Y",
    "《X》特约记者 Y" (a reprint's original outlet, on a blog or an aggregator), or after a
    writer's label: "撰稿 / X日报记者 Y" (not the page's own 本报记者)."""
    if "记者" not in text or len(text) > _MAX_META_LINE:
        return None
    if not (match := _OUTLET_REPORTER.search(text)):
        return None
    name = match["name"] or match["bare"]
    return None if name.startswith(("本", "该", "該")) else unlabeled_token(name)


_DATA_WORDS = ("資料", "资料")


def label_then_value(zone: list[Line]) -> str | None:
    """A 来源 label that ends its line, its value on the next one ("来源：" | "新华社"): a
    meta line whose parts are separate blocks, or an info table's cells. A next line that
    is itself a label ("来源：" | "编辑推荐："): the 来源 was left empty, the next label
    heads a box of its own."""
    for line, nxt in itertools.pairwise(zone):
        if (
            line.chars <= _MAX_META_LINE
            and nxt.index == line.index + 1
            and nxt.chars <= 30
            and not nxt.text.rstrip().endswith(("：", ":"))
        ):
            text = close_label_gaps(line.text.strip())
            match = _LABEL_AT_END.search(text) or _LABEL_ALONE.match(text)
            # "資料來源：" alone on its line by the heading, its value the next item: a
            # shared story's source as Taiwanese pages label it, not a chart's data
            if match and (
                not _MEDIA_BEFORE.search(before := text[: match.start()]) or before in _DATA_WORDS
            ):
                return outlet_token(nxt.text)
    return None
