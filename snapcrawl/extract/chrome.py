"""Page chrome that reaches the body as text: promos, credits, tags, player and toolbar UI.

Each kind is recognised by its shape, never by one site's sentence:
- a *promo* asks the reader to act (download, scan, follow) on an app or an account;
- a *credit* is a label line naming who edited or retitled the story (责任编辑：X, 原标题：…);
  it belongs to the page's metadata, not to the story (credit_lines.py);
- *UI text* is a line made of toolbar verbs, counts, durations and file sizes
  ("+关注 89 66 25 分享", "查看原图 264K"), or a phrase only a player prints ("播放失败"),
  or a player's clock ("00:00 / 03:25"); a gallery's counter ("1/10") before a caption;
- an *end marker* ("（完）", "- END -") that closes the story;
- a *summary box* ("摘要：X") that only repeats the story's opening.
Where they may stand (anywhere, or only at the body's edges) is decided in body.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from snapcrawl.extract import thresholds
from snapcrawl.extract.chrome_vocab import (
    APP_BANNER,
    BUTTON_ROW,
    COMMENT_APPEAL,
    COMMENT_RULES,
    COMMENT_TERMS,
    COOKIE_NOTICE,
    COUNTDOWN,
    COUNTER_PHRASES,
    COUNTER_WORDLIST,
    DAY_GREETING,
    EN_UI_PHRASES,
    END_MARKER,
    FILING_STAMP,
    OWN_PROPERTIES,
    PLAYER_POSITION,
    POST_PHRASE_WORDLIST,
    POST_PHRASES,
    PROMO_ACTION,
    PROMO_BUTTON,
    PROMO_OBJECT,
    QUALIFIED_TAG_FIRST,
    QUALIFIED_TAG_LABEL,
    TAG_LABEL,
    TIP_ADDRESS,
    TIP_LINE,
    TYPO_HOTKEY,
    UI_PHRASE_WORDLIST,
    UI_PHRASES,
    UI_VERBS,
    UI_WORDS,
    VERSION_SWITCH,
)
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.dates import find_dates
from snapcrawl.extract.host_plugs import host_plug
from snapcrawl.extract.host_voice import is_reported_speech
from snapcrawl.extract.picture_credits import (
    about_a_picture,
    courtesy_credit,
    drawn_credit,
    stock_photo_credit,
)
from snapcrawl.extract.post_appeals import is_post_appeal
from snapcrawl.extract.print_editions import is_print_edition
from snapcrawl.extract.simplified import read_simplified
from snapcrawl.extract.tip_lines import is_tip_line
from snapcrawl.extract.vocab import SENTENCE_PUNCT
from snapcrawl.extract.word_trie import any_of

# The page naming itself in a promo that ends like a sentence ("本文来自…，请下载…APP。"),
# or the reader's liking of it as the condition ("如你觉得文章不错，请识别二维码关注。").
_SELF_PROMO = re.compile(
    r"本文|本站|本网|本平台|本号|本公众号|小编|网页|当前页|"
    # "更多独家分析，尽在凤凰网微信，扫描二维码免费阅读。": all of what the host offers, in its
    # own account or app
    r"(?:尽在|盡在)\S{0,10}?(?:微信|公众号|公眾號|客户端|客戶端|APP|App|app|微博)|"
    r"^(?:如|如果|假如|要是)\S{0,3}(?:觉得|认为)(?:这篇|本篇|此篇|该)?(?:文章|内容)|"
    # "喜欢这篇文章？去…", "觉得这篇文章有用？": the reader asked about the page itself
    r"^(?:如果|若)?(?:你|您)?(?:喜欢|喜歡|爱看|愛看|觉得|覺得)(?:这篇|本篇|此篇|這篇)(?:文章|内容|內容)"
)
# The reader asked into the account's chat group ("长按图片加X微信，拉你进交流群。"): a promo
# even as a full sentence, for the group is the account's own. It opens with the action;
# a story's sentence about such an offer ("记者添加客服微信后，对方称可拉你进群") does not.
_INVITE = re.compile(r"^(?:长按|扫码|扫描|识别|添加|加)\S{0,24}(?:(?:拉|带)你进|进群|入群)")
# "更多X干货，请关注Y公众号。": the reader asked, maybe after a promise, to follow an account
# the line ends on; a promo even as a full sentence. Advice in a story names what to watch
# ("请关注官方公众号发布的信息。") and so does not end on the account.
# "想了解更多，请关注X公众号", "想生活更精明，請讚好X Facebook": what the reader wants, then
# the ask to follow the host's account or page.
_ASK_TO_FOLLOW = re.compile(
    r"^(?:(?:更多|想|获取|了解更多)[^，,。！？]{0,16}[，,]\s*)?(?:请|欢迎|敬请|請|歡迎|敬請)\s*"
    r"(?:关注|订阅|下载|關注|訂閱|下載|讚好|赞好|追蹤)[^，,。！？]{0,20}"
    r"(?:公众号|公眾號|微信号|视频号|客户端|客戶端|APP|App|app|[Ff]acebook|专页|專頁)"
    r"(?:\s*[:：]\s*[A-Za-z][\w.-]{1,39})?[。！!]?$"  # and the account's handle after it
)
# ">>>立即瀏覽【X】欄目：…", "立即进入《X》专栏": the host sending the reader to a column of
# its own, whatever the column promises after its name. A story names a column without the
# imperative "立即" before the verb.
_GO_TO_COLUMN = re.compile(
    r"^[\s>＞»›▶►→☞👉]*(?:立即|马上|馬上)(?:浏览|瀏覽|进入|進入|收看|查看)\s*[【\[《「]"
    r"[^】\]》」]{1,12}[】\]》」]\s*(?:栏目|欄目|专栏|專欄|频道|頻道|专区|專區)"
)
# "请微信搜索关注公众号“X”，深度讲述……": a line that opens asking the reader to search for
# the account and follow it is the host's promo, whatever the account promises after it.
_SEARCH_TO_FOLLOW = re.compile(
    r"^(?:请|欢迎|敬请|請|歡迎|敬請)?\s*(?:在)?(?:微信|微博)?(?:中|里|裡)?\s*搜索(?:并|並)?\s*"
    r"(?:关注|關注|订阅|訂閱)"
)
_SCAN = re.compile(r"扫码|扫一扫|长按识别")  # verbs that name their object (a QR code)
# "或扫描二维码加关注。": the reader told, with no one else as the subject, to scan the QR code
# and follow (the second half of a follow promo); a story says who scans ("市民可扫描二维码…").
_SCAN_TO_FOLLOW = re.compile(
    r"^(?:或者?|也可以?|亦可|请|請|欢迎|歡迎)?\s*(?:扫描|掃描|扫|掃|长按|長按|识别|識別)"
    r"\S{0,6}(?:二维码|二維碼)\S{0,4}?(?:加|并|並|即可)?\s*(?:关注|關注)"
)
# Gates before the phrase regexes (the word lists and why they suffice: chrome_vocab.py).
_UI_PHRASE_WORDS = re.compile(any_of(UI_PHRASE_WORDLIST))
_COUNTER_WORDS = re.compile(any_of(COUNTER_WORDLIST))
_POST_PHRASE_WORDS = re.compile(any_of(POST_PHRASE_WORDLIST))
# Any of the three lists: one scan that clears most lines of all three phrase checks.
_ANY_PHRASE_WORD = re.compile(
    any_of((*UI_PHRASE_WORDLIST, *COUNTER_WORDLIST, *POST_PHRASE_WORDLIST))
)
_BUTTON_CHARS = re.compile("[纠窗印诉载馈藏举赏开看]")  # one of these is in every BUTTON_ROW button
_DIGIT = re.compile(r"\d")
_BAR_SPLIT = re.compile(r"\s*[|｜丨︱│┃]\s*")
# A count with its word before or after ("1164次阅读", "阅读次数 1203", "评论数：3").
_COUNT = re.compile(r"^\D{0,4}[\s:：]*\d[\d,.]*\s*(?:次|人|条|篇|万)?\D{0,4}$")
# A player's clock: "00:00 / 03:25", or the "00:00" it shows before it starts.
_PLAYER_CLOCK = re.compile(rf"^(?:{PLAYER_POSITION}|0?0:00(?::00)?)(?:\s|$)")
# A gallery's counter standing alone ("1/5", "NO.1/4"), a speed menu ("2.0x 1.5x 1.0x").
_GALLERY_ALONE = re.compile(r"^(?:[Nn][Oo][.．]?\s*)?(\d{1,2})\s*/\s*(\d{1,2})$")
# A font-size bar ("A- A+", "字号 A+ A A-") and a bare count ("10万+") standing alone.
_FONT_BAR = re.compile(
    r"^(?:字号|字体)?\s*[:：]?\s*(?=.*[Aa]\s*[+\-－＋])(?:[Aa]\s*[+\-－＋]?\s*){2,3}$"
)
_BARE_COUNT = re.compile(r"^\d+(?:\.\d+)?\s*[万wW]\+$")
# A type-size switch printed as "T" and its size word ("T大", "T大 T小"): the toggle's face.
_T_SIZE = re.compile(r"^(?:[Tt]\s*[大中小]\s*){1,3}$")
_SPEED_MENU = re.compile(
    r"^(?:\d(?:\.\d{1,2})?\s*[xX×倍]\s*){2,}$|^\d\.\d{1,2}\s*[xX×]$|^\d(?:\.\d{1,2})?\s*倍速$"
)
_PROMISE = re.compile(r"更多|精彩|看|了解|获取|领取|体验|第一时间|抢先|福利|好文")
_FOLLOW_OPENING = re.compile(
    r"^[\s【\[]*(?:点击|请|欢迎|记得|别忘了|快来)?\s*(?:关注|订阅)(?:我们)?[，,！!\s]"
)
# "#果园 #丰收", "#果园#": hashtags and nothing else (one needs its closing mark).
_HASHTAGS = re.compile(
    r"^(?:(?:[#＃][^#＃\s，。！？,.!?]{1,20}[#＃]?\s*){2,8}|[#＃][^#＃\s，。！？,.!?]{1,20}[#＃])$"
)
_PROMO_STOP = re.compile(r"[。；;]")  # a short promo may have a comma, never a full stop
_FILING_STAMP_MAX = 30  # a label, a date and a clock
_DECORATION_MAX = 8  # characters of arrows, spaces and emoji around a short promo
# Arrows, pointers and bullets a post puts before its appeal (and emoji either side); not
# words, so the appeal is read without them.
_OPENERS = ">＞»›▶►▷▸☞➤→⇒▼▽↓⬇●○◆◇■□★☆✦✧♦"
_DECORATION_OPENERS = frozenset(_OPENERS)
_DECORATION = re.compile(
    rf"^[\s{_OPENERS}\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+"
    r"|[\s\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+$"
)
_UI_TOKEN = re.compile(
    r"\d+(?:[.:：/]\d+)*\s*(?:[KMG]B?|k|w|x|万|亿|倍)?|"
    + "|".join(sorted(UI_WORDS.split("|"), key=len, reverse=True))  # 播放量 before 播放
    + r"|[\s\W_]",
    re.IGNORECASE,
)
_UI_VERBS = re.compile(UI_VERBS)
# A Chinese character that is in no UI word (nor a count's 万/亿/倍): one scan that tells
# most lines apart before the token-by-token check.
_UI_CHARS = "".join(sorted(set(re.findall(r"[\u4e00-\u9fff]", UI_WORDS + "万亿倍"))))
_NOT_UI_CHAR = re.compile("[^" + _UI_CHARS + r"\x00-\u4dff\ua000-\U0010ffff]")


_END_MARKER = re.compile(END_MARKER, re.IGNORECASE)
_END_MARKER_MAX = 24  # "———— / END / ————" draws its rule long
_UI_PHRASE_SLACK = 12  # characters a player message adds to its phrase ("您的…video 标签。")
_COMMENT_RULE_MAX = 30  # a comment box's rules are one short line
_COMMENT_TERMS_MAX = 80  # an older form's terms run to a sentence, no longer
_COMMENT_APPEAL_MAX = 40  # a question to the readers, then the appeal to answer it


def line_kind(text: str) -> str | None:
    """What chrome a line of the body is: "credit", "picture_credit", "ui", "promo" (a
    short one), "end_marker" (（完）, - END -) or ``None`` for a line that may be story.
    One length gate first: most paragraphs are longer than any chrome line."""
    if len(text) > thresholds.RETITLE_MAX:
        return None
    return _remembered_kind(text)


def _kind_of_short(text: str) -> str | None:
    if is_credit(text):
        return "picture_credit" if about_a_picture(text) else "credit"
    if stock_photo_credit(text) or courtesy_credit(text):  # "Photo by X on Pixabay"
        return "picture_credit"
    if drawn_credit(text):  # "X绘制的插图", "插画由X绘制": who drew the illustration
        return "picture_credit"
    if is_print_edition(text):  # "《X报》 (2023-04-07 第1版 要闻)", "完整报道，请翻阅…《X报》"
        return "ui"
    if is_ui_line(text) or is_tag_line(text) or is_comment_rule(text):
        return "ui"
    if len(text) <= _END_MARKER_MAX and _END_MARKER.match(text):
        return "end_marker"
    if ":" in text and len(text) <= _FILING_STAMP_MAX and FILING_STAMP.match(text):
        return "ui"
    if "今" in text and DAY_GREETING.match(text):
        return "ui"
    if ("ookie" in text or "饼干" in text or "餅乾" in text or "文字檔" in text) and (
        COOKIE_NOTICE.search(text)
    ):
        return "ui"  # the site's cookie banner, saved with the page
    if is_tip_line(text):
        return "promo"
    if plug := host_plug(text):  # "[AD340X300]", "X手机报，移动发送Y到106…", "搜狗…共找到…"
        return plug
    if is_short_promo(text) or (("留" in text or "评" in text) and is_comment_appeal(text)):
        return "promo"
    if is_post_appeal(text) or is_tip_appeal(text):
        return "promo"
    # a whole line asking to follow the host's account, past a short promo's length
    if ("请" in text or "請" in text) and _ASK_TO_FOLLOW.match(text):
        return "promo"
    if ("二维码" in text or "二維碼" in text) and _SCAN_TO_FOLLOW.match(text):
        return "promo"
    if ("立即" in text or "马上" in text or "馬上" in text) and _GO_TO_COLUMN.match(text):
        return "promo"
    # "> 关注 X，感受精彩生活 🍃", "👉 点击关注，第一时间了解更多": two character tests
    # first, where a regex search of every story line cost ~3.5 us.
    if len(text) > thresholds.SHORT_PROMO + _DECORATION_MAX:
        return None
    first, last = text[0], text[-1]
    if (
        first in _DECORATION_OPENERS
        or (first >= "\u2600" and (first <= "\u27bf" or first >= "\U0001f300"))
        or (last >= "\u2600" and (last <= "\u27bf" or last >= "\U0001f300" or last == "\ufe0f"))
    ) and is_short_promo(_DECORATION.sub("", text)):
        return "promo"
    return None


# The answer is the text's alone (every check below reads only the text and module
# constants), and a site's chrome lines come back on each of its pages: the benchmark's 225
# pages (from many sites) repeat a quarter of the lines asked, a crawl of one site more.
# At most 4096 lines of at most RETITLE_MAX characters: ~2 MB however long a crawl runs.
_remembered_kind = lru_cache(maxsize=4096)(_kind_of_short)


# A platform's prompt to sign up or log in, opening the line: the reader asked whether they
# have an account ("已有帐号？马上登录…", "還沒有帳號？"), or told to register or open one and
# what it gives ("注册X微博，一起分享…", "立即开通会员，…"). A story says who registers.
# A sentence of the story ending in "。" ("开通微博，是他上任后的第一件事。") is no prompt.
_HAVE_ACCOUNT = re.compile(r"(?:已有|没有|还没有|還沒有|沒有)(?:帐号|账号|帳號|賬號)[？?]")
_SIGN_UP = re.compile(
    r"(?:立即|马上|馬上|免费|免費)?(?:注册|註冊|开通|開通)\S{0,10}?"
    r"(?:微博|帐号|账号|帳號|賬號|会员|會員|博客|空间)[，,！!]"
)
_SIGN_UP_FIRST = frozenset("已没还還沒立马馬免注註开開")


# A line's answer is its text's alone, and several readers ask it of the same line (and a
# site's lines recur page after page): each text is judged once, at most 4096 remembered.
@lru_cache(maxsize=4096)
def is_promo(text: str) -> bool:
    """An appeal to download, scan or follow the host's app or account.

    A sentence ending in "。" about an app ("市民可下载APP办理。") is the story's, unless it
    speaks of the page itself ("本文来自…，更多资讯请下载…APP").
    """
    if len(text) > thresholds.PROMO_MAX:
        return False
    if text[:1] in _SIGN_UP_FIRST and (
        _HAVE_ACCOUNT.match(text) or (_SIGN_UP.match(text) and not text.endswith("。"))
    ):
        return True  # "已有帐号？马上登录…", "注册X微博，一起…！": the platform's prompt
    if ("【" in text or "[" in text) and PROMO_BUTTON.search(text):
        return True
    if text[:1] in "【[" and APP_BANNER.match(text):
        return True
    if not PROMO_ACTION.search(text):
        return False
    if not (PROMO_OBJECT.search(text) or _SCAN.search(text) or _follows_for_more(text)):
        return False
    if is_reported_speech(text):
        return False
    if not text.rstrip("）)】]").endswith("。") or _ASK_TO_FOLLOW.match(text):
        return True
    if "搜" in text and _SEARCH_TO_FOLLOW.match(text):
        return True
    if ("二维码" in text or "二維碼" in text) and _SCAN_TO_FOLLOW.match(text):
        return True
    if "本公号" in text:  # the account's short name for itself ("关注本公号并回复“X”")
        return True
    return _SELF_PROMO.search(text) is not None or _INVITE.search(text) is not None


def is_short_promo(text: str) -> bool:
    """A promo too short to be a sentence of the story (扫码阅读全文, 关注该公众号). It may
    have a comma when it names what to act on (an app, an account) and what the reader gets;
    a short line that only scans or taps ("扫码支付，便捷出行") may be a heading."""
    if len(text) > thresholds.SHORT_PROMO or _PROMO_STOP.search(text) or not is_promo(text):
        return False
    if not SENTENCE_PUNCT.search(text):
        return True
    # "下载客户端，看更多精彩内容": an app or account, and what the reader gets for it; a
    # how-to step ("打开App，点击右上角设置") promises nothing.
    if PROMO_OBJECT.search(text) is None and not _follows_for_more(text):
        return False
    clauses = [c for c in SENTENCE_PUNCT.split(text) if c.strip()]
    return _PROMISE.search(text) is not None or all(PROMO_OBJECT.search(c) for c in clauses)


def _follows_for_more(text: str) -> bool:
    """ "点击关注，第一时间了解X", "订阅我们，获取更多资讯": the line opens by asking the reader
    to follow and promises what they get; the account it means is the page's own."""
    return _FOLLOW_OPENING.match(text) is not None and _PROMISE.search(text) is not None


def is_tip_appeal(text: str) -> bool:
    """The outlet asking its reader for news tips by its tip line (chrome_vocab.TIP_LINE)."""
    # Substring tests first (memchr-fast): the regex scan of every line cost more.
    if "料" not in text and "索" not in text and "热线" not in text and "熱線" not in text:
        return False
    return (
        TIP_LINE.search(text) is not None
        and TIP_ADDRESS.search(text) is not None
        and not is_reported_speech(text)
    )


def is_comment_rule(text: str) -> bool:
    """The host's rules for its comment box: "文明上网 理性发言", "X提醒您：理性讨论，尊重
    彼此。"."""
    if ("道德" in text or "仅代表" in text or "仅供" in text) and COMMENT_TERMS.search(text):
        return len(text) <= _COMMENT_TERMS_MAX
    if len(text) > _COMMENT_RULE_MAX or ("理性" not in text and "文明" not in text):
        return False
    text = read_simplified(text)  # "理性討論"
    return COMMENT_RULES.match(text) is not None


def is_comment_appeal(text: str) -> bool:
    """A short line that ends asking the reader to comment ("你最爱哪条路线？欢迎留言分享")."""
    return len(text) <= _COMMENT_APPEAL_MAX and COMMENT_APPEAL.search(text) is not None


def is_tag_line(text: str) -> bool:
    """A "关键字：A B C" line under the story, a line of hashtags only ("#果园 #丰收"), or
    the publisher's list of its own sites ("X旗下网站：A B C")."""
    if len(text) > thresholds.TAG_LINE_MAX:
        return False
    return (
        TAG_LABEL.match(text) is not None
        or (text[:1] in QUALIFIED_TAG_FIRST and QUALIFIED_TAG_LABEL.match(text) is not None)
        or (text[:1] in "#＃" and _HASHTAGS.match(text) is not None)
        or ("旗下" in text and OWN_PROPERTIES.match(text) is not None)
    )


# A dialog's close cross alone on its line ("×", "✕"), saved with the page after the story:
# a button's face, never a paragraph.
_CLOSE_GLYPHS = frozenset(("×", "✕", "✖", "╳", "✗", "✘", "Ｘ"))


def is_ui_line(text: str) -> bool:
    """Toolbar or player text: UI verbs, counts, durations and sizes, nothing else; or a
    phrase only a player or a gallery prints ("当前视频播放失败", "查看原图")."""
    if len(text) > thresholds.UI_MAX:
        return False
    if text in _CLOSE_GLYPHS:
        return True
    text = read_simplified(text)  # "分享 字體", "點讚 12"
    if (phrase := _ui_phrase(text)) is not None:
        # "……播放失败。" may end like a sentence; a story's sentence quoting the phrase is
        # longer than the phrase and what a player adds to it.
        short = not text.endswith("。") or len(text) <= len(phrase[0]) + _UI_PHRASE_SLACK
        if short and not is_reported_speech(text):  # 他说：“视频播放失败…” is the story's
            return True
    if ("|" in text or "｜" in text or "丨" in text) and (
        _is_stats_bar(text) or _is_chrome_bar(text)
    ):
        return True
    if _BUTTON_CHARS.search(text) and BUTTON_ROW.match(text):
        return True
    if text[:2] in ("NO", "No", "no") and _gallery_alone(text):
        return True
    if text[:1].isdigit() and (
        _PLAYER_CLOCK.match(text)
        or _SPEED_MENU.match(text)
        or _gallery_alone(text)
        or _BARE_COUNT.match(text)
    ):
        return True
    if ("A" in text or "a" in text) and _FONT_BAR.match(text):
        return True
    if text[:1] in "Tt" and _T_SIZE.match(text):
        return True
    if text[:1] == "距" and COUNTDOWN.match(text):
        return True
    if "版" in text and VERSION_SWITCH.match(text):
        return True
    if ("+" in text or "＋" in text) and TYPO_HOTKEY.search(text):
        return True
    if _NOT_UI_CHAR.search(text):
        return False  # a Chinese character no UI word has: the line says something else
    return _UI_VERBS.search(text) is not None and not _UI_TOKEN.sub("", text)


def _ui_phrase(text: str) -> re.Match[str] | None:
    """The player, gallery, counter or post phrase in ``text``, each regex run only on
    lines with one of the words it cannot match without."""
    if _ANY_PHRASE_WORD.search(text) is None:  # none of the three phrase lists' words
        return EN_UI_PHRASES.match(text) if text[:1].isascii() and text[:1].isalpha() else None
    if _UI_PHRASE_WORDS.search(text) and (phrase := UI_PHRASES.search(text)):
        return phrase
    if (
        _COUNTER_WORDS.search(text)
        and _DIGIT.search(text)
        and (phrase := COUNTER_PHRASES.search(text))
    ):
        return phrase
    if _POST_PHRASE_WORDS.search(text) and (phrase := POST_PHRASES.search(text)):
        return phrase
    if text[:1].isascii() and text[:1].isalpha():
        return EN_UI_PHRASES.match(text)
    return None


def _gallery_alone(text: str) -> bool:
    match = _GALLERY_ALONE.match(text)
    return match is not None and 1 <= int(match[1]) <= int(match[2])


def _is_chrome_bar(text: str) -> bool:
    """A bar of the page's own fields, each a button or a tag list ("文章纠错 | 关键字：A B")."""
    parts = [p for p in _BAR_SPLIT.split(text) if p]
    return len(parts) >= 2 and all(is_ui_line(p) or is_tag_line(p) for p in parts)


def _is_stats_bar(text: str) -> bool:
    """A bar of short fields ("发表于… | 1164次阅读 | 来源X | 0 条评论"), at least two of
    them dates or counts."""
    parts = [p for p in _BAR_SPLIT.split(text) if p]
    if (
        len(parts) < 3
        or any(len(p) > thresholds.STATS_FIELD_MAX for p in parts)
        or SENTENCE_PUNCT.search(text)
    ):
        return False
    return sum(1 for p in parts if _COUNT.match(p) or find_dates(p)) >= 2
