"""What a post says to its reader about the post itself, not about the story: an appeal to
like, share or forward it ("觉得有用的话，记得点赞、转发给身边的朋友"), and a line naming the
app the page comes from ("本文来自X客户端"), which speaks for the app as a download button
does, and a mailed letter's note of why the reader got it ("你收到这封邮件是因为订阅了X").
All are promos: host text the story never needs.

An appeal is told by its verbs, the reader's acts on a post (点赞, 在看, 转发, 分享, 收藏), two
of them (the follow button may be one: "请关注加收藏哦") or one with its audience
(分享给朋友), after a word that asks (记得, 别忘了, 欢迎) or, opening the line, the reader's
liking it (觉得有用？, 如果喜欢); a story reporting such acts ("视频获得十万点赞", "他觉得有用，
转发给了同事") asks nobody, and a quoted appeal is someone's words.
"""

from __future__ import annotations

import re

from snapcrawl.extract.button_asks import unquote_names
from snapcrawl.extract.host_voice import is_reported_speech
from snapcrawl.extract.word_trie import any_of

_APPEAL_MAX = 50
_ACTS = r"(?:点赞|点个赞|点个?在看|在看|转发|分享|收藏|一键三连)"
_ASKS = (
    r"(?:别忘了|别忘记|不要忘记|不要忘了|记得|欢迎|请|顺手|动动(?:小)?手指|帮忙|麻烦|不妨|快来|给我们|为我们"
    # the reader's liking it, opening the line with no one else's name before it
    r"|^(?:如果|若|要是)?[你您]?[觉覺]得(?:有用|不错|不錯|有帮助|有幫助|好看|有意思)"
    r"|^如果喜[欢歡])"
)
_AUDIENCE = r"(?:朋友|好友|朋友圈|更多人|家人|同事|同学|同學)"
# the ask, then two acts in a row, or one act and who to share it with
# (the follow button may come first: "请关注加收藏哦", "记得关注并转发")
_APPEAL = re.compile(
    _ASKS
    + r"\S{0,6}?(?:"
    + _ACTS
    + r"|关注)(?:\s*[、，,和与及/加并+]\s*(?:"
    + _ACTS
    + r"|关注)){1,3}"
    r"|" + _ASKS + r"\S{0,6}?(?:转发|分享)(?:给|到)\S{0,8}" + _AUDIENCE
)
_GATE = re.compile(r"点赞|在看|转发|分享|收藏|三连")
# "本文来自X客户端", "内容来自X APP": the page naming the app it was posted from, alone.
_FROM_APP = re.compile(
    r"^[\s(（【\[]*(?:本文|此文|文章|内容|本内容)(?:来自|来源于|转自)\s*\S{2,16}?"
    r"(?:客户端|客戶端|APP|App|app)[\s)）】\]。]*$"
)
# "你收到这封邮件是因为订阅了X", "您收到此郵件，是因為…": a newsletter's web copy keeps the
# letter's note on why it was mailed; no story speaks of "this mail" reaching its reader.
_MAILED = re.compile(r"收到(?:这|這|此|本)封?(?:邮件|郵件|电邮|電郵|电子报|電子報|简报|簡報)")


# "阅读此文前，诚邀您点击一下“关注”，…感谢您的支持": a self-media post opens by asking the
# reader to press its follow button, named in quotes or after the click ("点击右上角关注",
# "点一下「关注」"), after a word that asks; a story's sentence about following someone names
# who, and presses no button. The ask often runs on with what the reader gains, so longer.
_FOLLOW_MAX = 90
_FOLLOW = re.compile(
    r"(?:诚邀|誠邀|麻烦|麻煩|劳烦|勞煩|请|請|邀请|邀請|欢迎|歡迎|记得|記得|别忘了|別忘了)[您你]?\S{0,4}?"
    r"(?:点击|點擊|点|點|戳|按)(?:一下|一个|一個|下)?\s*(?:右上角|右上方|左上角|左上方|右下角|右下方|上方|下方|文末)?的?\s*"
    r"(?:[“\"「『]\s*(?:关注|關注)\s*[”\"」』]|(?:关注|關注)(?=[，,。！!～~]|$))"
)


def is_post_appeal(text: str) -> bool:
    """An appeal to like or share the post, to follow its account, or the line naming the
    app it comes from."""
    if "注" in text and len(text) <= _FOLLOW_MAX and _FOLLOW.search(text):
        return not is_reported_speech(text)
    if len(text) > _APPEAL_MAX:
        return False
    if ("来" in text or "转" in text) and _FROM_APP.match(text):
        return True
    if "收到" in text and _MAILED.search(text):
        return True
    return (
        _GATE.search(text) is not None
        and _APPEAL.search(text) is not None
        and not is_reported_speech(text)
    )


# "欢迎大家在评论区留言，分享你的看法。", "对此你怎么看？请在评论区留言讨论！", "欢迎“写留言”
# 分享给我们～": the post closing on a call for replies, after its question to the reader if
# any. Told by a word that asks, the reader it may name, and where to answer (评论区, 留言区,
# or the act itself: 留言, 评论); a story reporting replies ("一位网友在评论区留言道") asks
# nobody, and a quoted call is someone's words. Only at the body's edges (edges.py): a post's
# closing line, not a sentence of the story that happens to ask.
_REPLY_MAX = 80
_REPLY = re.compile(
    # "有的话就在评论区留言吧": the reader's answer to the question before it, asked for
    r"(?:欢迎|歡迎|请|請|期待|记得|記得|快来|也可以|可以|不妨|有的话就|有的話就)"
    r"(?:大家|您|你|各位|小伙伴们?|朋友们|读者朋友们|網友們|网友们)?"
    r"(?:在|到|来|來|去|通过)?(?:下方|文末|文章下方|底部|下面)?的?"
    r"(?:评论区|留言区|評論區|留言區|[“\"「]?写留言|评论|留言|評論)"
)
_SENTENCE_END = re.compile(r"[。！？!?～~]")
_AFTER_MAX = 12  # a closing courtesy after the call ("谢谢！", "#话题#")


def is_reply_appeal(text: str) -> bool:
    """A closing call for the reader's replies: the call ends the line, and only a question
    to the reader comes before it."""
    if len(text) > _REPLY_MAX or not ("评" in text or "留" in text or "評" in text):
        return False
    match = _REPLY.search(text)
    if match is None:
        return False
    lead = text[: match.start()]
    if match.group().startswith(("有的话", "有的話")) and not lead.rstrip().endswith(("？", "?")):
        return False  # "有的话" answers the question before it, or it is no ask
    ends = [m.end() for m in _SENTENCE_END.finditer(lead)]
    if ends and not lead[: ends[-1]].rstrip("～~").endswith(("？", "?")):
        return False  # a statement of the story before the call
    end = _SENTENCE_END.search(text, match.end())
    rest = text[end.end() :].strip(" ！!。～~") if end else ""
    return len(rest) <= _AFTER_MAX and not is_reported_speech(text)


# "好啦，今天的“绅士学院”讲到这里就结束了，欢迎少年们在评论区踊跃发言哟！咱们下次再见吧！",
# "结束语：本期内容就到这里啦，…可以随时留言哦。", "以上就是今天的盘点!…写下你宝贵的留言": a
# column's closing line, the post saying that today's issue is over, then its call for replies
# or its farewell. The post speaks of itself as an issue (今天的X, 本期, 这期); a story ends on
# what happened, not on the end of an episode. Only at the body's edges (edges.py).
_EPISODE_CLOSE = re.compile(
    r"^(?:结束语[:：])?\s*(?:好啦|好了|好的|那么|那麼|OK|ok)?[，,!！~～\s]*"
    r"(?:以上就是|以上便是|以上是)?(?:今天|今日|本期|这期|這期|本篇|这篇|這篇)\S{0,16}?"
    r"(?:就算是|就|便)?先?(?:为大家|為大家|给大家|給大家)?"
    r"(?:(?:讲|講|聊|说|說|分享|介绍|介紹|解答)?(?:到这里|到這裡|到此)"
    r"|(?:讲|講|聊|说|說|分享|介绍|介紹)完"
    r"|的?(?:盘点|盤點|分享|内容|內容)[!！。，,~～])"
)
_EPISODE_ONES = ("今天", "今日", "本期", "这期", "這期", "本篇", "这篇", "這篇")
# One scan for any of them: asked of every line at the body's edges, where a generator over
# the words cost seven times the scan.
_EPISODE_ONE = re.compile(any_of(_EPISODE_ONES))
# what the reader is asked for or told after it: no one's remarks reported ("拒绝评论")
_EPISODE_AFTER = re.compile(
    r"留言|评论区|評論區|再见|再見|下期|下次见|下次見|拜拜|不见不散|不見不散"
)
_EPISODE_MAX = 160


def is_episode_close(text: str) -> bool:
    """A column's closing line (see ``_EPISODE_CLOSE``): the issue's end, then a call for
    replies or a farewell in the same line."""
    if len(text) > _EPISODE_MAX or _EPISODE_ONE.search(text, 0, 16) is None:  # in text[:16]
        return False
    match = _EPISODE_CLOSE.match(text)
    return (
        match is not None
        and _EPISODE_AFTER.search(text, match.end()) is not None
        and not is_reported_speech(text)
    )


# "欢迎关注，带你一起长知识。", "更多优质内容，请持续关注@X。", "敬请关注“X”公众号aiquanji。",
# "请长按二维码关注我们。": a post closing by asking the reader to follow its account. The ask
# opens a clause (a story's "该活动欢迎关注环保的市民参加" asks for people, after its subject),
# only the reader and the acts of following stand between it and 关注, and what follows is
# the account: nothing more, a name in quotes or after @, 我们, or an account word in the line
# (公众号, 微信, ID). Only at the body's edges (edges.py).
_FOLLOW_ASK = re.compile(
    r"(?:欢迎|歡迎|敬请|敬請|请|請|记得|記得|别忘了|別忘了)(?:大家|您|你|各位)?"
    r"(?:持续|持續|继续|繼續|多多)?(?:点赞|點讚|点个赞|转发|轉發)?[+＋、和]?"
    r"(?:长按|長按|扫描|掃描|扫码|掃碼|识别|識別)?(?:下方|图中|圖中)?(?:二维码|二維碼)?"
    r"(?:关注|關注)"
)
_CLAUSE_START = "，,。！!？?～~：:；;、 \u3000"
_ACCOUNT_NEXT = re.compile(
    r"[，,。！!？?～~·+＋、\s“\"「『@]|$|我们|我們|本号|本號|本公众号|[A-Za-z]"
)
_ACCOUNT_WORD = re.compile(r"公众号|公眾號|微信|微博|ID|头条号|百家号|视频号")
_FOLLOW_ASK_MAX = 100
# "喜欢请关注支持一下！": the ask to follow the post's own account needs no name.
_ASK_ENDS = re.compile(r"(?:支持|一下|一波){0,2}[哦哈呀吧啦喔噢~～！!。]*$")
# "欢迎关注落雪酱，不定期推送动漫资讯~": a name with no quotes, then what it posts.
_NAME_THEN_POSTS = re.compile(
    r"[^\s，,。！!？?～~]{1,12}[，,～~！!]\s*\S{0,6}?(?:推送|更新|带来|帶來|带你|帶你|为您|為您|为你|為你)"
)


def is_follow_ask(text: str) -> bool:
    """A post's closing ask to follow its account (see ``_FOLLOW_ASK``). The account's name
    quoted after the ask ("请大家点赞关注“X”") is a name, not anyone's words."""
    if len(text) > _FOLLOW_ASK_MAX or "注" not in text:
        return False
    for match in _FOLLOW_ASK.finditer(text):
        start = match.start()
        if start and text[start - 1] not in _CLAUSE_START and text[:start][-2:] != "喜欢":
            continue
        end = match.end()
        if (
            _ACCOUNT_NEXT.match(text, end)
            or _ACCOUNT_WORD.search(text)
            or _ASK_ENDS.match(text, end)
            or _NAME_THEN_POSTS.match(text, end)
        ):
            return not is_reported_speech(unquote_names(text))
    return False


# "真实故事计划（公众号ID：zhenshigushi1）——每天讲述…", "首发于公众号“X”（ID：quanmingushi)",
# "来源：十点人物志（ID：sdrenwu），在这里，遇见…": an account named with its handle in
# brackets is the post's blurb for the account that carries it, with or without an ask to
# follow; a story names an account it reports on by its name, not by the handle a reader
# types to find it. Only at the body's edges (edges.py), as the asks are.
_ACCOUNT_HANDLE = re.compile(
    r"[（(]\s*(?:微信)?(?:公众号|公眾號|微信号|微信號)?\s*ID\s*[:：]\s*[A-Za-z][\w-]{3,}\s*[）)]"
)
_ACCOUNT_BLURB_MAX = 100


def is_account_blurb(text: str) -> bool:
    """A line naming the post's account by its handle (see ``_ACCOUNT_HANDLE``)."""
    if len(text) > _ACCOUNT_BLURB_MAX or "ID" not in text:
        return False
    return _ACCOUNT_HANDLE.search(text) is not None and not is_reported_speech(text)


# "感谢大家的关注和订阅，将持续更新有意义的文章", "以上就是今天X全部内容，感谢大家阅读。",
# "感谢您阅读： <title>": the account thanking its reader for reading or following, alone or
# with its promise of more or the post's title after it. A story's thanks names who is thanked
# for what ("感谢所有网友的支持和关注。作为一个普通女孩，…") and goes on with the story.
# Only at the body's edges (edges.py).
_THANKS = re.compile(
    r"^(?:(?:以上就是|以上是|今天的内容就到这里)\S{0,20}?[，,]\s*)?"
    r"(?:感谢|谢谢|感恩|感謝|謝謝)(?:大家|各位|您|你|读者|讀者|朋友们)?的?"
    r"(?:阅读|閱讀|关注|關注|订阅|訂閱|支持|观看|觀看)"
    r"(?:\s*[和与及、跟]\s*(?:阅读|關注|关注|订阅|訂閱|支持|观看))?"
)
_THANKS_MAX = 60
_THANKS_REST = re.compile(
    r"[。！!~～]*$"
    r"|[：:]"  # the post's title after it
    r"|[，,]\s*(?:我们|我們|小编|本号)?(?:将|將|会|會)?(?:持续|持續|不断|不斷|继续|繼續)?"
    r"(?:更新|推送|带来|帶來|分享|为您|為您|为你|為你)"
)


def is_reader_thanks(text: str) -> bool:
    """The account's thanks to its reader for reading or following (see ``_THANKS``)."""
    if len(text) > _THANKS_MAX or not ("谢" in text or "謝" in text or "感恩" in text):
        return False
    match = _THANKS.match(text)
    return match is not None and _THANKS_REST.match(text, match.end()) is not None


# "原创不易，多谢赞赏支持！", "您可以通过赞赏二维码或打赏按钮资助我们": the account asking for
# the post's tip (WeChat's 赞赏, a site's 打赏 button). Told by a word that thanks or asks right
# before the tip, or the tip's button or code offered to the reader; a story's tips are
# someone's ("靠直播打赏赚取手术费", "对他赞赏有加"). Only at the body's edges (edges.py).
_TIP_MAX = 80
_TIP = re.compile(
    r"(?:多谢|多謝|感谢|感謝|谢谢|謝謝|欢迎|歡迎|请|請|求|随手|隨手|顺手|順手)"
    r"(?:大家|您|你|各位|读者|讀者)?的?(?:随意|隨意|小额|小額|一点|一點)?"
    r"(?:赞赏|讚賞|打赏|打賞)(?:支持|鼓励|鼓勵|一下)?(?=[哦哈呀吧啦~～！!。，,]|$)"
)
_TIP_BUTTON = re.compile(r"(?:赞赏|讚賞|打赏|打賞)(?:二维码|二維碼|码|碼|按钮|按鈕|功能)")


def is_tip_ask(text: str) -> bool:
    """The account's ask for a tip on the post (see ``_TIP``)."""
    if len(text) > _TIP_MAX or not ("赏" in text or "賞" in text):
        return False
    if _TIP.search(text) is None and not (
        ("您" in text or "你" in text) and _TIP_BUTTON.search(text)
    ):
        return False
    return not is_reported_speech(text)
