"""Lines a host sets in the story's column about itself, the same whatever the story.

- an ad slot's placeholder left as text where the ad did not load: "[AD340X300]";
- a paper's SMS subscription: "温州手机报，移动发送wzsjb到10658000 联通发送821到…",
  "免费订阅30天X双语新闻手机报：移动用户编辑短信CD至106580009009" (a code sent to a
  service number, which starts 106 in China);
- an invitation to comment on the paper's site: "【欢迎登录X报网城市周刊频道发表您的看法
  http://…】";
- a search engine's plug under a story: "搜狗(www.sogou.com)搜索:“变性手术”,共找到 50,306
  个相关网页." (the engine's name, its query and its count, nothing else: a reporter's
  "记者在百度搜索……，共找到……" is the story's sentence);
- an appeal to subscribe to the outlet's channel on a video or social platform, its
  first words: "立即订阅亚视新闻 YouTube，即时掌握时事发展。";
- a plug for the host's own service that sends the reader to its web address for the rest:
  "…提供免费订阅功能，手机短信提醒。信息公告，即刻知道，详情请登录xinpi.stcn.com。" (the
  line ends on the address: a story that names a site goes on to what to do there);
- a print page's header clipped with the story: "Mental Health 2010年7月28日 星期三 编辑：X
  Tel85052863 版式：Y" (the page's date, its editor and its layout credit on one line).

Each is told by a word few story lines hold, tested before its pattern.
"""

from __future__ import annotations

import re

_AD_SLOT = re.compile(r"^[\[【]?(?:AD|ad|Ad|广告|廣告)[\s_-]?\d{2,4}\s*[Xx×*]\s*\d{2,4}[\]】]?$")
_AD_SLOT_MAX = 16
_SMS = re.compile(
    r"(?:发送|發送|编辑短信|編輯短信|短信|回复|回覆)\s*[A-Za-z0-9#]{1,12}\s*(?:到|至)\s*106\d{5,15}"
)
_SMS_WORDS = ("手机报", "手機報", "订阅", "訂閱", "移动", "移動", "联通", "聯通", "电信", "電信")
_COMMENT_INVITE = re.compile(
    r"^[【\[]?欢迎(?:登录|登陆|访问|訪問|登錄)\S{1,40}?(?:发表|發表|参与|留下)\S{0,10}?"
    r"(?:看法|评论|評論|观点|觀點|意见|意見)\S*?[】\]]?$"
)
_SEARCH_PLUG = re.compile(
    r"^(?:搜狗|百度|谷歌|Google|必应|Bing|搜搜|有道|360搜索|中搜|雅虎|Yahoo)\s*"
    r"(?:[（(][^)）]{1,30}[)）])?\s*搜索\s*[:：]?\s*[“\"「][^”\"」]{1,30}[”\"」]\s*[,，]?\s*"
    r"共找到\s*(?:约\s*)?[\d,，]+\s*(?:个|條|条|篇)?(?:相关|相關)?(?:网页|網頁|结果|結果)[.。]?$",
    re.IGNORECASE,
)
_CHANNEL_APPEAL = re.compile(
    r"^(?:立即|马上|馬上|现在|現在|欢迎|歡迎|请|請)?(?:订阅|訂閱|关注|關注|追踪|追蹤)\S{1,12}?\s?"
    r"(?:YouTube|Youtube|Facebook|Instagram|Telegram|TikTok|抖音)\s?(?:频道|頻道|账号|帳號)?"
    r"(?:[，,]\S{0,16})?$"
)
_DETAILS_AT = re.compile(
    r"[详詳]情\s*[请請]?\s*(?:登录|登陆|登錄|登入|访问|訪問|浏览|瀏覽)\s*[:：]?\s*"
    r"(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6}/?\s*[。.！!]?$"
)
_PAGE_HEADER = re.compile(r"(?:版式|美编|美編|版面设计|组版|組版)\s*[:：]")
_PAGE_EDITOR = re.compile(r"编辑\s*[:：]|編輯\s*[:：]")
_PAGE_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_PAGE_HEADER_MAX = 80


def host_plug(text: str) -> str | None:
    """ "ui" or "promo" for a line of the kinds above, else ``None``."""
    if len(text) <= _AD_SLOT_MAX and text[:1] in "[【Aa广廣" and _AD_SLOT.match(text):
        return "ui"
    if "106" in text and any(word in text for word in _SMS_WORDS) and _SMS.search(text):
        return "promo"
    if text.startswith(("欢迎", "【欢迎", "[欢迎")) and _COMMENT_INVITE.match(text):
        return "promo"
    if "共找到" in text and _SEARCH_PLUG.match(text):
        return "promo"
    if ("详情" in text or "詳情" in text) and _DETAILS_AT.search(text):
        return "promo"
    if (
        "ube" in text or "ook" in text or "gram" in text or "Tok" in text or "抖音" in text
    ) and _CHANNEL_APPEAL.match(text):  # YouTube, Facebook, Instagram, Telegram, TikTok
        return "promo"
    if (
        len(text) <= _PAGE_HEADER_MAX
        and "版" in text
        and _PAGE_HEADER.search(text)
        and _PAGE_EDITOR.search(text)
        and _PAGE_DATE.search(text)
    ):
        return "ui"
    return None
