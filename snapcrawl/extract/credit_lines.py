"""Credit lines in the body: who wrote, edited, photographed or retitled the story, and
where it or its pictures come from (责任编辑：X, 新京报记者 X, （原标题：…）, 图片来源：X,
（作者系海港大学教授）, "作者：X 编辑：Y 来源：Z").

A credit is short, opens with a role or a source word and a separator, and names people
or an outlet, with no sentence in it; a picture's credit (``about_a_picture``) ends the
picture's block. Credits belong to the metadata (``credits`` reads the names), not to the
story. The words are in chrome_vocab, shared with credits.py and source.py.

The parts live beside it: bylines (credit_bylines), picture credits (picture_credits),
author notes (author_notes) and what a label's value is (credit_values).
"""

from __future__ import annotations

import re
from functools import lru_cache

from snapcrawl.extract import thresholds
from snapcrawl.extract.according_to import attribution_line
from snapcrawl.extract.author_notes import AUTHOR_NOTE, noted_after_role
from snapcrawl.extract.byline_shapes import poster_name
from snapcrawl.extract.chrome_vocab import (
    CREDIT_LABEL,
    CREDIT_SOURCE,
    CREW_LABEL,
    PICTURE_FROM,
    STAGE_NOTE,
)
from snapcrawl.extract.compiled_from import compiled_list, sources_list
from snapcrawl.extract.credit_affiliations import unaffiliated
from snapcrawl.extract.credit_bylines import is_byline
from snapcrawl.extract.credit_contacts import contact_line
from snapcrawl.extract.credit_forms import plain_form, plain_label
from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.credit_rows import OPEN, credit_parts, credit_row
from snapcrawl.extract.credit_runs import credit_run
from snapcrawl.extract.credit_shape import FORM_MAX, credit_by_form
from snapcrawl.extract.credit_tags import tagged_credit
from snapcrawl.extract.credit_values import labeled_slogan, names_only, says_something
from snapcrawl.extract.dom import Line
from snapcrawl.extract.english_credits import english_credit
from snapcrawl.extract.glued_names import glued_crew
from snapcrawl.extract.picture_credits import (
    caption_credit,
    dashed_artist,
    dated_picture_credit,
    describes_picture,
    given_credit,
    latin_picture_credit,
    photographer_credit,
)
from snapcrawl.extract.report_signoffs import bracketed_signoff, report_signoff
from snapcrawl.extract.vocab import SENTENCE_END, SENTENCE_PUNCT
from snapcrawl.extract.wechat_header import wechat_header
from snapcrawl.extract.wire_credits import translated_wire_credit

# 责任编辑：X / 编辑 X / （原题为《…》）: the label, then a separator, then the name or title.
_CREDIT_LEAD = re.compile(
    OPEN + r"(?:本文|本期|本版)?(?:" + CREDIT_LABEL + r")\s*(?:[:：︰/|｜丨︱│┃]|\s|(?=《))\s*\S"
)
_CREW_LEAD = re.compile(OPEN + r"(?:" + CREW_LABEL + r")\s*(?:[:：︰/|｜丨︱│┃]|\s)\s*\S")
# 新媒体编辑：X, 稿件统筹：X: a role word qualified by the desk it belongs to.
_QUALIFIED_CREDIT = re.compile(
    OPEN
    + r"[\u4e00-\u9fff]{1,6}(?:编辑|统筹|校对|审核|监制|主编|美编|记者)\s*[:：︰|｜丨︱│┃]\s*\S"
)
# A person's picture credit (摄影：X, 视频：X): its value is read as a credit's.
_PERSON_PICTURE = re.compile(OPEN + r"(?:摄影|摄像|视频)\s*[:：/|｜]\s*")
_CREDIT_ANYWHERE = re.compile(r"(?:责任编辑|责编|值班编辑)\s*[:：︰]")
# "本报综合新华社、央视新闻报道": the paper speaking of itself before the outlets it follows.
_SELF = re.compile(r"^([\s（(【\[]*)本[报台网刊站]")
# （资料来源：X） / 图片来源：X / ▲图片来自视频截图
_SOURCE_CREDIT = re.compile(
    OPEN + r"(?:(?:" + CREDIT_SOURCE + r")\s*[:：/|｜丨︱│┃]\s*\S|" + PICTURE_FROM + r"\S)"
)
# "本文图片 江城晚报", "文中配图 山野图库": the story's own pictures credited with a space for
# the label's colon; the words 本文/文中 say the line speaks of the page's pictures.
_ARTICLE_PICTURES = re.compile(
    r"^(?:本文|文中|文内)(?:图片|配图|照片|图)[ \u3000]+[^\s，。！？]{2,16}$"
)
# "图源网络", "图源 美联社", "图片源自萌娘百科": where a picture comes from, the label's colon
# left out (or a space for it) and the value a name with no sentence in it; "图片版权：X",
# "图片致谢：X": whose the picture is; "联合国图片/X": an agency's photo desk, a slash and the
# photographer (UN News under each picture).
_PICTURE_SOURCE_BARE = re.compile(
    r"^[▲■△●◆\s]*(?:图源|图片(?:来源|源自|来自)|照片(?:来源|源自|来自)|配图(?:来源|源自|来自))"
    r"[ \u3000]*[^\s，。！？：:,（()）][^，。！？：:,（()）]{1,24}$"
    r"|^[▲■△●◆\s]*(?:图片|照片)(?:版权|致谢)\s*[:：]\s*\S[^，。！？]{0,30}$"
    r"|^[\u4e00-\u9fff]{2,10}(?:图片|照片)\s*[/／]\s*[A-Za-z\u4e00-\u9fff][^，。！？/／]{1,30}$"
)
_PICTURE_WORDS = re.compile("图|照片")  # searched in the line's first 12 characters
# "（李楠）", "（林小川 周远）": the writer's name alone in brackets, signing the story off.
_BRACKETED_NAMES = re.compile(
    r"^[（(](?P<names>[\u4e00-\u9fff·]{2,3}(?:[\s、][\u4e00-\u9fff·]{2,3}){0,2})[)）]$"
)
# "【海港时报综合报道】", "（海港日报讯）": the desk that filed the story, alone on its line.
_BRACKETED_DESK = re.compile(r"^[【\[（(]\S{2,14}?(?:综合报道|报道|讯|综合)[】\]）)]$")
# "國際中心／綜合報導", "社會中心/台北報導": a newsroom's desk, a slash, and how or where it
# filed the story, alone on its line (a Taiwanese portal's byline when no reporter signs).
_DESK_FILED = re.compile(
    r"^[\u4e00-\u9fff]{1,6}(?:中心|組|组|部)\s*[／/]\s*"
    r"(?:綜合|综合|[\u4e00-\u9fff]{2,4}?)(?:報導|報道|报道|报导)$"
)
_FILED_END = ("報導", "報道", "报道", "报导")
_DESK_SLASH = re.compile(r"[／/]")
_FULL_NAME = 3  # a surname and a two-character given name
_PLACE_ENDS = ("市", "縣", "县", "區", "区", "鄉", "乡", "鎮", "镇")
# "（国际锐评评论员）", "本报评论员": a desk's commentator, credited as an institution
# (compiled on first use: few lines name one).
_COMMENTATOR = r"^[\s（(【\[]*[^\s（）()【】\[\]，。]{0,10}?(?:特约)?评论员[\s)）】\]]*$"
# What a bracketed word is when it is not a name: a numeral (（十一）), a part (（待续）,
# （上篇）), an organisation (（新华社）), a note (（附图）, （摘要）) or a stage note (（掌声）).
_NOT_A_NAME = re.compile(
    r"^[一二三四五六七八九十百零〇]+$|续|完|篇|章|节|附|注|图|表|摘要|简介|说明|全文|"
    r"[社网报台站局部会院厅委办处司所队组]$|新闻|日报|记者|编辑|通讯|" + STAGE_NOTE
)
# "原文：https://…", "原文链接：…": where a translated or reposted piece was first published,
# its address alone after the label (the closing credit of a translation, beside 译者 and 审校).
_ORIGINAL = r"原文(?:链接|地址|网址|出处)?"
# "文章来源：https://…": a source's label with an address alone for its value (longer than a
# credit's name, no sentence in it).
_SOURCE_ADDRESS = re.compile(
    OPEN
    + r"(?:"
    + CREDIT_SOURCE
    + r"|"
    + _ORIGINAL
    + r"|"
    + PICTURE_FROM  # "图片来自：https://twitter.com/…": the post a picture was taken from
    + r")\s*[:：︰]?\s*(?:https?://|www\.)[!-~]+$"
)
_ADDRESS_MAX = 200
_LABEL_END = 14  # a mark, a bracket and the longest source label (封面图片来源) before it
_SIGN_OFF_LINES = 3  # credit lines right after the story that still sign it off
# 原标题：X, 原题为《X》, （原标题 X）: the label, then a separator or the title's mark
# ("原标题已无从考证，…" is a sentence about it).
_RETITLE = re.compile(
    OPEN + r"(?:本文)?原(?:标题|题为?|文标题)\s*(?:[:：︰]|[《“\"「『<〈]|为|是|\s)"
)


def desk_filed(text: str) -> bool:
    """A desk's filing note ("國際中心／綜合報導", "社會中心/台北報導"): a newsroom's desk
    signs, no one writes; a page may mark it as the story's author (JSON-LD, meta tags)."""
    if not text.endswith(_FILED_END) or _DESK_FILED.match(text) is None:
        return False
    # "國際中心／吳峻光報導": a reporter's full name before 報導 is a writer's byline, not the
    # place the desk filed from ("台北報導", "新北報導" name a city in two characters)
    name = _DESK_SLASH.split(text)[-1].strip()[:-2]  # the part before 報導
    return not (len(name) == _FULL_NAME and not name.endswith(_PLACE_ENDS) and is_name(name))


def is_credit(text: str) -> bool:
    """A line that credits people or sources rather than telling the story: editors
    (责任编辑：X), the original title (（原标题：…）), a byline (新京报记者 X), where the
    text or pictures come from (（资料来源：X）, 图片来源：X, BBC报道截图), the outlets the
    story follows (（据新华社）, 综合新华社、央视新闻); also written in traditional
    characters, with a bracketed or dotted label, or in English (credit_forms); or by its
    shape alone, a run of roles and names or a dateline with only its credit (credit_runs),
    or label-and-name segments whatever the labels say (credit_shape). A name may carry its
    romanised form in brackets ("摄像：王明（Wang Ming）"): the credit is read without it."""
    if "\\" in text:
        text = role_backslash(text)  # "文\记者X": a backslash for the role's slash
    if _reads_as_credit(text) and not labeled_slogan(text):
        return True
    if (
        "，" in text
        and len(text) <= 2 * thresholds.CREDIT_MAX
        and "。" not in text
        and ("：" in text or ":" in text or "提供" in text)  # a label's colon, or 由X提供
        and _joined_credits(text)
    ):
        return True  # "图片由X提供，摄影：Y": two credits joined by a comma
    if "（" not in text and "(" not in text:
        return False
    bare = _ROMANISED.sub("", text)
    return bare != text and _reads_as_credit(bare) and not labeled_slogan(bare)


_JOINED_MAX = 3  # credits one comma-joined line holds ("图片由X提供，摄影：Y")


def _joined_credits(text: str) -> bool:
    """Whether every comma-joined part of ``text`` is a credit of its own: the line credits
    and tells nothing (a sentence's clause is no credit; a part ending a sentence stops it)."""
    parts = text.split("，")
    return len(parts) <= _JOINED_MAX and all(
        part and part[-1] not in "。！？；!?;" and is_credit(part) for part in parts
    )


# A backslash typed for the slash after a role ("文\记者龚夷菲", "图\X"), maybe a run of
# them (the page's CMS escaped it again at each save): the page's own slip, read as the
# slash it stands for.
_ROLE_BACKSLASH = re.compile(r"(?<=[文图圖摄攝])\s*\\+\s*")


def role_backslash(text: str) -> str:
    """``text`` with a backslash after a role's character read as a slash (see above)."""
    return _ROLE_BACKSLASH.sub("/", text)


# A name's romanised form in brackets right after it ("丹尼（Danny Vincent）", "王明 (Wang Ming)").
_ROMANISED = re.compile(r"(?<=[\u4e00-\u9fff])\s?[（(][A-Z][A-Za-z.'-]*(?: [A-Za-z.'-]+){0,3}[）)]")


def _reads_as_credit(text: str) -> bool:
    return _reads_as_written_credit(text) or unaffiliated_credit(text) is not None


def unaffiliated_credit(text: str) -> str | None:
    """The credit ``text`` reads as without the outlet and post before its names or an
    account's handle before it (credit_affiliations); ``None`` when it has neither or is
    no credit that way either."""
    bare = unaffiliated(text)
    return bare if bare is not None and _reads_as_credit(bare) else None


def _reads_as_written_credit(text: str) -> bool:
    if is_credit_as_written(text):
        return True
    if (plain := plain_form(text)) is not None and is_credit_as_written(plain):
        return True
    if plain is None and "://" in text and (label := plain_label(text, _LABEL_END)) != text:
        return _source_address(label)  # "圖片來自：https://…": too long for plain_form
    return bool(
        english_credit(text)
        or ((english := translated_wire_credit(text)) is not None and english_credit(english))
        or credit_run(text)
        or (plain is not None and credit_run(plain))
        or tagged_credit(text, is_credit)
        or (len(text) <= FORM_MAX and credit_by_form(text))
        or contact_line(text)
    )


# A line's answer is its text's alone, and several readers ask it of the same line (and a
# site's lines recur page after page): each text is judged once, at most 4096 remembered.
@lru_cache(maxsize=4096)
def is_credit_as_written(text: str) -> bool:
    """``is_credit`` for a line in the common simplified form, read as written."""
    if text[:2] == "原创" and "收录于" in text and wechat_header(text):
        return True  # "原创 X Y 收录于话题#Z": a WeChat header with its topic tags
    if "原" in text:  # its 原 spelled out: a substring test first
        if _RETITLE.match(text):
            return len(text) <= thresholds.RETITLE_MAX
        if text.find("原文", 0, _LABEL_END) >= 0 and _source_address(text):
            return True  # "原文：https://…", however short its address
    if report_signoff(text):  # "X，Y总部报道。", "X電台張翠報導", "Z记者 X 综合…等": sign-offs
        return True
    if bracketed_signoff(text):  # "（X網／綜合報導）", "（A 本报记者 B）": a bracketed sign-off
        return True
    if glued_crew(text):  # "本版文/记者李莎莎黎史翔…": a crew's names with nothing between
        return True
    if len(text) > 2 * thresholds.CREDIT_MAX:
        return _source_address(text)
    # "【纠错】 【责任编辑：X】", "2024-10-01 责任编辑：X"; a finished sentence before the
    # credit ("…普遍认可。【责任编辑：X】") makes the line the story's, the credit glued to it.
    found = _CREDIT_ANYWHERE.search(text)
    if (
        found
        and not SENTENCE_END.search(text, 0, found.start())
        and not says_something(text, found.end())
    ):
        return True
    # "本贴由X于2024年…在〖…〗发表", "发布时间 2024/03/15 22:36:13 by X": who posted and when.
    if (
        ("发表" in text or "by" in text or "BY" in text)
        and poster_name(text)
        and not SENTENCE_END.search(text[:-1])
    ):
        return True
    # "※本文作者系X研究院研究员Y，观点仅代表个人。": a note naming the author after what
    # they are, one sentence however its clause after the name ends
    if text.find("作者", 0, 8) >= 0 and noted_after_role(text):
        return True
    if compiled_list(text) or sources_list(text):  # "整合自新华社、新京报…等", "新闻来源：X、Y"
        return True  # the outlets a desk compiled it from, or its list of sources
    if len(text) > thresholds.CREDIT_MAX:
        return _source_address(text) or latin_picture_credit(text)
    if ("据" in text[:3] or "综合" in text[:4]) and attribution_line(_SELF.sub(r"\1", text, 1)):
        return True  # （据新华社）, 综合新华社、央视新闻, 本报综合X报道: the outlets followed
    if text[:1] in "【[（(" and _BRACKETED_DESK.match(text):
        return True
    if text.endswith(_FILED_END) and _DESK_FILED.match(text):
        return True  # a desk's filing note, or a reporter's byline under the desk (desk_filed)
    if text[:1] in "本文" and _ARTICLE_PICTURES.match(text):
        return True  # "本文图片 江城晚报": the story's pictures credited, a space for the colon
    if _PICTURE_WORDS.search(text, 0, 12) and _PICTURE_SOURCE_BARE.match(text):
        return True  # "图源网络", "图源 美联社", "图片版权：X", "联合国图片/X": a picture's credit
    if "评论员" in text and re.match(_COMMENTATOR, text):
        return True
    if (
        text[:1] in "（("
        and (match := _BRACKETED_NAMES.match(text))
        and not _NOT_A_NAME.search(match["names"])
    ):
        return True
    # "编辑 刘晓阳 校对 李铭" has no sentence in it; "审核通过后，…" does.
    sentence = SENTENCE_PUNCT.search(text) is not None
    if not sentence and (
        ((lead := _CREDIT_LEAD.match(text)) and not says_something(text, lead.end() - 1))
        or ((_CREW_LEAD.match(text) or _QUALIFIED_CREDIT.match(text)) and names_only(text))
        or is_byline(text)
    ):
        return True
    if (
        _SOURCE_CREDIT.match(text)
        and not SENTENCE_END.search(text.rstrip("。"))
        and not ((shot := _PERSON_PICTURE.match(text)) and says_something(text, shot.end()))
        and not describes_picture(text)
        and not ("，" in text and text.endswith("。"))  # "来源：X的数据显示，…。" is a sentence
    ):
        return True
    if given_credit(text) or (not sentence and credit_row(text)):
        return True
    if "作者" in text and len(text) <= thresholds.CREDIT_MAX and AUTHOR_NOTE.match(text):
        return True
    if (
        "；" in text
        or ";" in text
        or "，" in text
        or "," in text
        or " | " in text
        or "｜" in text
        or "丨" in text
    ) and credit_parts(text, is_credit):
        return True
    if sentence:
        return False  # a caption credit has no sentence punctuation either
    if text[:1] in "-—–－" and dashed_artist(text):
        return True  # "- Gada Jermy -": an illustration's artist under it
    if text[-1:] in "日0123456789" and dated_picture_credit(text):
        return True
    if len(text) <= thresholds.CAPTION_CREDIT_MAX:
        return caption_credit(text)
    return photographer_credit(text)


def _source_address(text: str) -> bool:
    """A source's label (文章来源, 图源, 原文, 图片来自) with an address alone for its value,
    longer than a credit's name (a shorter one is a source credit as written). The label's 源,
    原文 or 来自 stands in the line's first characters: a bounded find (a scan of a whole
    paragraph for it cost ~600 instructions a line)."""
    return (
        len(text) <= _ADDRESS_MAX
        and (
            text.find("源", 0, _LABEL_END) >= 0
            or text.find("原文", 0, _LABEL_END) >= 0
            or text.find("来自", 0, _LABEL_END) >= 0
        )
        and _SOURCE_ADDRESS.match(text) is not None
    )


def credited_span(lines: list[Line], body: list[Line]) -> list[Line]:
    """The story's lines (``lines`` numbered by position) with the credits the body dropped:
    a poster line between posts, and the credit lines right after its last paragraph (a
    "（李楠）" signing it off), where an author is read."""
    first = body[0].index if body else -1
    if not body or first >= len(lines) or lines[first] is not body[0]:
        return body  # not the page's lines numbered by position: the body alone
    end = body[-1].index
    while end + 1 < len(lines) and end + 1 - body[-1].index <= _SIGN_OFF_LINES:
        if not is_credit(lines[end + 1].text):
            break
        end += 1
    return lines[first : end + 1]
