"""Vocabulary of page chrome that reaches the body as text (used by chrome.py).

Kept apart from the logic, as vocab.py is: the words Chinese pages use for promos, credits,
bylines and player or toolbar UI, never one site's sentence.
"""

from __future__ import annotations

import re

# A clock as players and post stamps print it (03:25, 1:02:07), and a player's "position /
# length" (00:00 / 03:25): chrome.py reads one opening a line, ui_shapes.py one anywhere.
CLOCK = r"\d{1,2}:\d\d(?::\d\d)?"
PLAYER_POSITION = rf"{CLOCK}\s*/\s*{CLOCK}"
# A stamp the page sets under the story with its label and no date, or its date too:
# "建立時間16:41", "更新時間 17:24", "最后更新：2020-08-07 17:24". The story's times are
# in its sentences; a line of a filing label and a clock alone is the page's record.
FILING_STAMP = re.compile(
    r"^(?:建立|創建|创建|更新|最後更新|最后更新|修改|發佈|發布|发布|上載|上载)(?:時間|时间)"
    r"\s*[:：︰]?\s*(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*)?" + CLOCK + r"$"
)

# A promo asks the reader to act (download, scan, follow) on the host's app or account.
# The verb may be a tap on a named button (点【在看】, 点个在看) or a keyword to send back
# (回复【公租房】): a WeChat account's menu speaks this way.
PROMO_ACTION = re.compile(
    r"下载|安装|扫码|扫描|扫一扫|扫二维码|长按|识别|关注|订阅|点击|戳|搜索|添加|打开|收听|收看|"
    r"点个|点亮|点(?=[【\[“「])|回复|发送|输入|点赞|转发|尽在|标星|星标|"
    # "请扫以下二维码", "扫下方的码": the scan pointed at the code by where it stands
    r"扫(?=以下|下方|上方|下面|上面|文末|图中)|掃(?=以下|下方|上方|下面|上面|文末|圖中)|"
    # the same verbs as Hong Kong and Taiwan pages write them
    r"下載|安裝|掃碼|掃描|掃一掃|長按|識別|關注|訂閱|點擊|打開|開啟|追蹤|追隨|追随|"
    # a like that follows a social page (按讚加入粉絲專頁; Hong Kong's 讚好 a page)
    r"按讚|按赞|讚好|赞好|"
    # "去 App 商店搜 X": the app store searched for the host's app (each branch opens on its
    # literal: a group first in a branch costs re its first-character scan, 70x slower)
    r"商店\s*(?:里|裡|中)?\s*搜|市场\s*(?:里|裡|中)?\s*搜|市場\s*(?:里|裡|中)?\s*搜"
)
PROMO_OBJECT = re.compile(
    r"APP|App|app|应用商店|應用商店|应用市场|應用市場|客户端|二维码|公众号|微信号?|微博|视频号|小程序|官方号|抖音|头条号|账号|"
    r"手机(?:上|端|版)?(?:阅读|打开|浏览|看)|当前页面|阅读全文|阅读原文|更多(?:原创|精彩|资讯|内容)|"
    # what more the host offers ("更多的热点知识请关注X网"), a self-promo with its 小编 or 本站
    r"更多的?[\u4e00-\u9fff]{0,4}(?:知识|资讯|内容|干货)|"
    r"粉丝福利|(?:查看|看)(?:更多|精彩)|查看图片|(?<!正)在看|[上下]方(?:卡片|名片|蓝字|二维码)|点击\S{0,4}[【\[]|(?:政务|媒体|企业|官方|服务|订阅)号|"
    r"(?<=戳)(?:这里|此处|我)|(?<=点个)赞|关注我们|蓝字|朋友圈|(?<=回复|发送|输入)\s?[【\[“「]|"
    r"客戶端|二維碼|公眾號|帳號|賬號|"
    # a newsletter or an e-paper sent to the reader's mailbox (订阅X电子报，每日新闻直送邮箱)
    r"电子报|電子報|电子刊|新闻简报|电邮|電郵|邮箱|郵箱|[Nn]ewsletter|"
    # a service's text messages, ordered by sending a keyword to its short number
    # (订阅天气预警短信，编辑“TQ”发送至12121)
    r"(?:订阅|定制|订制|訂閱)\S{0,8}(?:短信|簡訊)|发送(?:至|到)\s*\d{5,}|發送(?:至|到)\s*\d{5,}|"
    # the outlet's pages and channels on social networks
    r"粉[丝絲](?:专页|專頁|团|團|群)|粉[专專]|[Ff]acebook|[Tt]elegram|WhatsApp|[Ii]nstagram|"
    r"LINE\s*(?:官方)?(?:帳號|账号|好友)|(?:[Yy]ou[Tt]ube|IG)\s*(?:頻道|频道)|"
    # all of the outlet's accounts at once ("追隨X各大社交平台！", "关注我们的官方社交媒体")
    r"(?:各大|官方)\s*社(?:交|群)(?:平台|媒體|媒体|網絡|网络|專頁|专页|帳號|账号|頻道|频道)"
)
# A news outlet asking its reader for tips (你身边有什么新鲜事？欢迎拨打X新闻热线…, 有新聞線索？
# WhatsApp報料：…): the outlet's own tip line; a story's appeal for witnesses (请知情者拨打
# 110提供线索) names no news tip line. Both scripts' words: no conversion first.
TIP_LINE = re.compile(r"[报報爆]料|新[闻聞](?:线索|線索|热线|熱線|爆料)")
# or promising the tipper a reward ("一經錄用，薄酬致意", "一经采用，稿酬从优"): the outlet's
# terms for a tip, never a story's words about one.
TIP_ADDRESS = re.compile(
    r"欢迎|歡迎|请|請|您|你|妳|[？?]|一经(?:录|采)用|一經(?:錄|採)用|一经采纳|一經採納|薄酬|稿酬从优|稿酬從優"
)
# A site's consent banner saved with the page: it uses cookies (a translated page may call
# them 饼干) and asks the reader to accept them or set their preferences. The banner speaks
# of the site's own use ("我们使用…", "本网站使用…") and the reader's choice or its policy.
COOKIE_NOTICE = re.compile(
    r"(?:我们|我們|本网站|本網站|本站|网站|網站)\S{0,6}(?:使用|採用|采用|透過|透过|通过|通過|利用)\S{0,16}"
    r"(?:[Cc]ookies?|饼干|餅乾|小型文字檔案?)"
    r".{0,80}?(?:您|你|政策|偏好|设置|設定|同意|接受)"
)
# Kept out of UI_PHRASES, whose gate words would let many lines in (版, C): a switch between
# the page's versions ("网页版 | 触屏版"), the hotkey to report a typo ("选中文字后按Ctrl+Enter").
VERSION_SWITCH = re.compile(
    r"^(?:(?:网页|触屏|电脑|手机|桌面|极速|标准|简洁|经典|完整)版\s*[|｜/／·\s]*){2,4}$"
)
TYPO_HOTKEY = re.compile(r"[Cc][Tt][Rr][Ll]\s*[+＋]\s*[Ee][Nn][Tt][Ee][Rr]")
# A countdown standing alone ("距2025年高考还有226天", "距离开幕仅剩 30 天"): a widget's.
COUNTDOWN = re.compile(r"^距(?:离|離)?\S{1,16}(?:还有|还剩|仅剩|只剩|還有|還剩|僅剩)\s*\d+\s*天$")
# The host greeting its reader with the day's date ("早上好！今天是2024年6月1日，星期六，农历
# 四月廿五。"): a morning digest's opening, the same each day but for the date; the story's
# items follow it. Only the greeting, the date, the weekday and the lunar date or the day's
# festival or solar term, nothing else.
DAY_GREETING = re.compile(
    r"^(?:[\u4e00-\u9fffA-Za-z]{1,8}[！!，,~～]\s*){0,2}(?:今天|今日)(?:是)?\s*"
    r"(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})?"
    r"[，,、\s]*(?:星期|周|礼拜|禮拜)[一二三四五六日天]"
    r"(?:[，,、\s]*(?:农历|農曆|阴历)[\u4e00-\u9fff]{2,8})?"
    r"(?:[，,、\s]*[\u4e00-\u9fff]{1,4}(?:节|節|节气))?[。！!~～]?$"
)
# A bracketed button that asks for an action (【点击投票】, →【下载地址】).
PROMO_BUTTON = re.compile(
    r"[【\[](?:点击|立即|马上)?(?:投票|下载|报名|参与|订阅|购买|领取|下载地址)[^】\]]{0,4}[】\]]"
)
# "【X新闻App】即时新闻、深度专题 第一时间掌握": the app's name in brackets, then its slogan
# (no sentence). A story opening with its desk ("【X客户端】记者获悉，…") has a sentence.
APP_BANNER = re.compile(
    r"^[【\[]\S{1,12}?(?:APP|App|app|客户端|客戶端)[】\]][^，。！？；,!?;：:]{2,24}$"
)
# Credit lines: who edited, checked or retitled the story (责任编辑：X, 原标题：…).
# The crew of a video or a feature is credited the same way (视频剪辑：X, 策划：X, 出品人：X).
CREDIT_LABEL = (
    r"责任编辑人|责任编辑|责编|值班编辑|值班主编|编辑|校对|审校|审核|终审|一审|二审|三审|初审|复审|编审|监制|美编|"
    r"统筹|原标题|原题为?|原文标题|原创|签发|审签|主编|排版|校审|出品人?|制片人?|"
    # the story's lead picture and its others, credited whatever the value (配图：AI生成)
    r"(?:题|头|配|插)图|封面图?|"
    r"值班(?:主任|编委|总编)|"
    r"主笔|核稿|审读|复核|校核|审定|"
    # a fact-check's checker, credited under its verdict ("核查员：X（Y学院）")
    r"核查员|"
    # 文/图, 图/文, 文、图, 图文, 文图: who wrote and who photographed, one credit
    r"文\s*[、/与和]?\s*图|图\s*[、/与和]?\s*文|"
    r"(?:总|执行)(?:监制|编辑|主编|策划|统筹|制片人?)"
)
# The crew of a video or a feature and the reporters. These words also open subheadings of
# reviews and features ("设计：金属机身", "文字 之美"), so a crew line must name only people.
CREW_LABEL = (
    r"(?:实习|见习|特约)?记者|"
    r"(?:视频|音频|图文|文字|图片|海报|后期)?(?:剪辑|拍摄|摄像|制作|策划|设计|配音|文案|编导|翻译)|海报|"
    r"制图|组图|采访|口述|(?:文字)?整理|后期|动画|插画|漫画|手绘|(?:数据|图表)(?:可视化|制作)?|"
    r"审稿|审核人|供稿(?:单位)?|来稿|"
    r"总策划|文字|视觉|主播|主持人|文(?=\s*[|｜丨︱│┃/／:：])"
)
# A label's value that opens with the next label ("文字编辑：题图来源：图片来源：…" of a
# template whose fields were left blank, "来源: 【字体：大中小】"): the label names no one and
# no outlet; the next label's word is no value. (A role's label opening it, "记者：X", is a
# credit with its name: not one of these.)
OPENING_LABEL = re.compile(
    r"^[\s【\[]*(?:题图|头图|封面|图片|编辑|稿件|信息|资料|文章|本文)?"
    r"(?:来源|出处|字体|字号|邮箱|时间|日期|图片|题图|封面|"
    # a site's filing labels ("作者： 分类：新闻资讯 时间：…"): where the page files it
    r"分类|分類|栏目|欄目|类别|類別|标签|標籤)\s*[:：]"
)
# Who wrote or photographed it: the word before the names of a byline (新京报记者 X).
BYLINE_WORD = (
    r"(?:见习|实习|特约|摄影|图片)?(?:记者|作者|通讯员|实习生|撰稿人?|评论员)|"
    r"采写|撰文|执笔人?|编译|供稿|摄影|整理"
)
# What an author note says the author is (（作者系海港大学教授）).
AUTHOR_ROLE = (
    r"教授|研究员|学者|专家|记者|编辑|主任|院长|所长|主席|博士生?|硕士|讲师|作家|律师|评论员|"
    r"分析师|经济学家|会长|教师|研究生|学生|创始人|合伙人|总监|总裁|董事长|成员|会员|委员|顾问|"
    # what a columnist or a self-media author calls themself (作者：X，资深媒体人)
    r"媒体人|撰稿人|专栏作家|专栏作者|从业者|观察家|观察员|工程师|医生|医师|编剧|导演|博主"
)
# Where the text or the pictures come from, as a sign-off (（资料来源：X）, 图片来源：X).
# An English picture credit's label: "Photo Credit", "Image source", "PHOTO CREDIT".
EN_PICTURE_LABEL = (
    r"(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture)\s?(?:[Cc]redits?|CREDITS?|[Ss]ource|SOURCE)"
)
CREDIT_SOURCE = (
    r"(?:本文|文章|信息|资料|稿件|新闻|内容|视频|数据|(?:封面|题图|头图|配图|插图)(?:图片|图)?|图片|图像)?"
    r"来源|图源|资料(?:图片?|照片)|"
    # "图片提供：X" (Taiwan's and Hong Kong's pages most): who gave the picture
    r"图片提供|照片提供|图片|图|摄影|摄|"
    r"视频|供图|"
    # the English label Taiwan's and Hong Kong's pages print under a picture ("Photo Credit:
    # Shutterstock / 達志影像", "photo credit: 受訪者提供", "Image source: X")
    r"综合(?:自|整理自?)?|编译自|" + EN_PICTURE_LABEL + r"\b"
)

# --- picture and video credits: the one list every module reads --------------------------
# chrome.py drops them from the body, credits.py never reads an author from them, source.py
# never takes the story's outlet from them.
# The label of a picture's or a video's credit: 图片来源：X, 图源：X, 摄影：X, 视频：X, 资料图：X;
# 图像来源，X is the same label in the word BBC's and Hong Kong's Chinese pages use for a picture.
PICTURE_LABEL = (
    r"(?:封面|标题图|题图|头图|配图|插图)(?:图片|图)?来源|图片来源|图像来源|图源|视频来源|资料(?:图片?|照片)|"
    r"图片提供|照片提供|图片|图|"
    r"摄影|摄像|摄|视频|"
    r"制图|供图"
)
# 图片来自X, 图均来源于X, 视频来自X, 标题图来自X (the picture over the headline).
PICTURE_FROM = (
    # an exception before it: "（除剧照外图片来自X）", "除署名外，图片来源于X"
    # (what it leaves out is a kind of picture or a mark on one, never a sentence's "除此之外")
    r"(?:除[^\s，。、：:]{0,6}?(?:剧照|署名|注明|标注|标明|截图|图|照片?)以?外[，,]?)?"
    r"(?:部分|本文|文中|文内|文章|所有|全部|其余|其他|其它)?(?:配图|标题图|题图|头图|插图|封面图?|图片|图像|图|视频|照片)"
    r"(?:均|皆|都)?"
    r"(?:来自|来于|来源于?|源于|取自)"
)
# How a caption's credit ends: X供图, 央视截图, 资料图, 张三 摄.
PICTURE_TAIL = r"截图|供图|资料图|资料图片|摄"
# A picture or a video credited in a sentence of its own: 图片由受访者提供, 本视频由X授权.
PICTURE_GIVEN = (
    r"(?:本|文中|本文|文内)?(?:图片|照片|相片|图|视频|资料图片?|封面图?|题图)"
    r"均?由\S{1,20}(?:提供|拍摄|授权)"
)
# The story itself credited in a sentence of its own: 本文由X区融媒体中心供稿, 稿件由X提供.
STORY_GIVEN = (
    r"(?:本文|本稿|此文|文章|稿件|本篇)(?:内容)?均?由\S{2,20}?(?:供稿|提供|撰稿|采写|整理|编辑)"
)
# What a 来源 label credits when it stands after one of these words (图片来源, 数据来源,
# 资料图片（来源：X）): a picture, a video or a table's figures, never the story's outlet.
MEDIA_NOUN = r"图片|图像|照片|配图|图表|图|摄影|摄像|视频|封面|题图|头图|海报|数据|资料"
# Words of a player or a toolbar; a line made of these, counts and sizes is UI, not prose.
UI_WORDS = (
    "分享到|分享至|转发至|分享|关注|纠错|已关注|收藏|点赞|赞|评论|举报|打印|关闭|放大|缩小|正常|调整字体|字体|字号|"
    "订阅|复制链接|复制|播放|暂停|重播|全屏|下载|返回|顶部|微信|微博|朋友圈|QQ空间|QQ|更多|回复|"
    "转发|扫一扫|手机看|收起|展开|大|中|小|默认|浏览|阅读|次|人|条|万|\\+|"
    # a player's speed and quality menu (倍速 1.0x, 标清 高清 超清) and WeChat's 在看
    "倍速|高清|标清|超清|蓝光|流畅|清晰度|在看|自动|"
    # the player's own controls and counters (画中画, 静音, 弹幕, 播放量 1.2万, 123人已赞)
    "画中画|网页全屏|静音|音量|弹幕|发送|小窗|连播|播放量|阅读量|浏览量|已赞|已收藏|上一张|下一张|"
    "继续阅读|查看更多|查看全文|进入|退出|刷新|试试|即将|观看|下一个|跳过|广告|写留言|留言|"
    "精选|赞赏|点击|右上角|右下角|"
    # share targets, a page's audio reader, its comment box and pager, a video's stats line
    "好友|新浪微博|腾讯微博|豆瓣|钉钉|听新闻|听全文|语音|播报|收听|朗读|视频|发布|"
    "发表|我要|写|全部|暂无|本文|文章|全文|查看|共|上一篇|下一篇|上一页|下一页|秒|跳过|"
    # a player's episode menu and live room, a pull-to-refresh hint, a reader on the phone
    "下一集|选集|连续|开启|直播间|立即|精彩|下拉|上拉|手机|"
    # a live page's head count beside its refresh buttons (刷新 自动刷新 参与人数 8.6万)
    "参与人数|在线人数|围观人数|观看人数|"
    # a live page's state, head count and order toggles (直播中 3.4万人看过 正序 倒序)
    "直播中|看过|正序|倒序|"
    # Taiwan's words for a page's print, forward and font-size buttons (友善列印, 轉寄, 字級)
    "友善列印|列印|转寄|字级|"
    # an audio reader's label naming the machine that reads ("人工智能朗读：", "AI播报")
    "人工智能朗读|智能朗读|AI朗读|AI播报|智能播报|语音朗读"
)
# Toolbar words that alone make a UI line (not just counts or the 大/中/小 of a font bar).
UI_VERBS = (
    r"分享|关注|收藏|点赞|评论|举报|打印|关闭|放大|缩小|字体|字号|订阅|复制|播放|暂停|重播|全屏|"
    r"下载|返回|扫一扫|转发|回复|收起|展开|纠错|倍速|高清|标清|超清|清晰度|在看|阅读|浏览|赞|"
    r"画中画|静音|音量|弹幕|小窗|连播|上一张|下一张|查看更多|查看全文|刷新|广告|留言|赞赏|观看|"
    r"手机看|听新闻|听全文|播报|收听|朗读|跳过|上一篇|下一篇|上一页|下一页|下一集|选集|直播间|"
    r"列印|转寄|字级"
)
# An e-paper's page beside its paper's name and date: "第03版：综合新闻", "A05版", "版次：A03".
EPAPER_PAGE = (
    r"第\s*[A-Za-z]?\d{1,3}\s*版(?:\s*[:：]\s*[^\s:：|｜]{1,10})?|(?<![A-Za-z])[A-Z]\d{1,3}\s*版"
    r"|版[次面]\s*[:：]?\s*[A-Za-z]?\d{1,3}"
)
# A row of a page's own buttons, alone on its line: 【打印】【关闭窗口】, 举报/反馈, 【我要纠错】,
# 加载更多, 投诉; a download page's buttons under each item (高速下载 普通下载, 安卓版下载).
# Kept out of UI_WORDS, whose characters every line is scanned for.
BUTTON_ROW = re.compile(
    r"^(?:[\s【\[]*(?:我要纠错|纠错|关闭窗口|关闭本页|关闭|打印文章|打印本页|打印|收藏|投诉|举报|反馈|复制链接|"
    r"(?:高速|普通|极速|本地|安全|免费|立即|安卓版?|苹果版?|电脑版|PC版|iOS版?)下载|"
    r"(?:点击)?加载更多|打赏作者|打赏|一键收藏|立即打开|立即查看|(?:App|APP|app)内打开|打开看看)"
    r"[\s】\]/／|｜]*){1,4}$"
)
# "（掌声）", "（笑声）": a transcript's stage note in brackets, shaped like a signed-off name.
STAGE_NOTE = r"掌声|笑声|鼓掌|欢呼|大笑|众笑|音乐|画外音|同期声|停顿|沉默"
# "（完）", "- END -", "【全文完】": the story's end, marked for the reader, not a part of it.
END_MARKER = (
    # an editor's mark on an excerpt or a serial ends it too: （节录）, （待續）
    r"^[\s\-—–_=~·•.。()（）\[\]【】<>〈〉《》/／|｜]*(?:完|全文完|本文完|正文完|END|THE END|结束"
    r"|节录|節錄|节选|節選|摘录|摘錄|待续|待續|未完"
    # a press release's own end mark, three hashes under its last paragraph ("###")
    r"|#{3,})"
    r"[\s\-—–_=~·•.。()（）\[\]【】<>〈〉《》/／|｜]*$"
)
# The class a slider library gives the copies of its slides it makes so the strip can loop
# (slick, Swiper, Owl Carousel, Glide, Splide): a marked element repeats a real slide.
SLIDE_CLONE_CLASSES = (
    "slick-cloned",
    "swiper-slide-duplicate",
    "glide__slide--clone",
    "splide__slide--clone",
)
# What a class name says when the page hides the element from sighted readers and leaves it
# to screen readers (Bootstrap's ``sr-only``, Drupal's and Bootstrap 5's ``visually-hidden``,
# WordPress's ``screen-reader-text``, jQuery UI's ``ui-helper-hidden-accessible``, Drupal 7's
# ``element-invisible``, Foundation's ``show-for-sr``): "Opens in new window" inside a link,
# "Share this via X", "Toggle navigation". Matched inside a class word, so a library's prefix
# (``plyr__sr-only``, ``tns-visually-hidden``) is read too.
READER_ONLY_CLASSES = (
    "sr-only",
    "sr_only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader",
    "hidden-accessible",
    "element-invisible",
    "show-for-sr",
)
# A "read on" button alone on its line, above the rest of a story the page keeps hidden until
# it is pressed (继续阅读, 展开全文, 展开剩余 80%): what follows it is the story, folded.
FOLD_BUTTON = re.compile(
    r"^[\s>»▼▽∨﹀⌄↓]*(?:点击)?(?:继续阅读|繼續閱讀|阅读全文|閱讀全文|展开全文|展開全文|查看全文|打开全文|打開全文|"
    r"展开阅读全文|展開閱讀全文|阅读更多|展开更多|余下全文|剩余全文|展开剩余\s*\d{1,2}\s*%)"
    r"[\s>»▼▽∨﹀⌄↓…。.]*$"
)
# Phrases only a player, a gallery or a paywall prints.
UI_PHRASES = re.compile(
    r"(?:播放|加载)失败|(?:无法|不能|不支持)\S{0,2}播放|错误(?:代码|编码|码)\s*[:：]?|刷新(?:重试|试试)|"
    r"建议(?:在)?\s*[Ww][Ii]-?[Ff][Ii]|[Ww][Ii]-?[Ff][Ii]\s*(?:下|环境下?)(?:打开|观看|播放)|"
    r"自动播放|点击播放|重新播放|正在播放|点击查看视频|点击图片(?:进入|查看)|进入专题|^共\s*\d+\s*张$|"
    r"正在加载|加载中(?![\u4e00-\u9fff])|查看(?:原|大|高清)图|(?:展开|打开|打開)全文(?![\u4e00-\u9fff])|点击展开|"
    r"剩余\s*\d+\s*%|正文已结束|"
    # an account's unfollow dialog, saved with the page ("确定不再关注此人吗")
    r"^确定(?:要)?(?:不再关注|取消关注)\S{0,6}$|"
    # what a player says of the next video, its pre-roll, its floating window, a picture's zoom
    r"即将播放|\d+\s*秒后(?:自动)?播放|播放下一[个条集]|跳过广告|广告\s*\d+\s*[sS秒]|"
    r"按住画面|移动小窗|(?:可)?点击(?:可)?放大|^[【\[](?:视频|图集|组图|音频)[】\]]$|"
    # a gallery's paging hint over its pictures ("点击图片或用键盘'←' '→'键翻页", "可用方向鍵翻頁")
    r"(?:键盘|鍵盤|方向键|方向鍵|[←→]).{0,12}(?:翻页|翻頁)|"
    r"浏览器版本过低|请(?:升级|更换|使用)\S{0,6}浏览器|友善的弹幕|视频已过期|^展开剩余|"
    # a video's length said in words (in the player's frame: "| 视频时长01分50秒 |") or in
    # minutes' and seconds' marks ("时长：1'15''", "视频时长06′54″"), a live stream's state
    r"时长\s*[:：]?\s*(?:\d+\s*分\s*\d+\s*秒|\d+\s*秒)\s*[|｜)）】\]]?$|"
    r"时长\s*[:：]?\s*\d{1,2}\s*['′’]\s*\d{1,2}\s*(?:''|″|”|\")|"
    r"^(?:正在直播|直播(?:已结束|回放|预告)|(?:观看)?回放|预约直播)$|"
    r"您可以按[Aa][Ll][Tt]|^(?:视频|播放)\s*[-－|｜]|时长\s*[:：]?\s*\d{1,2}:\d\d|"
    # what a player prints when it cannot play: the browser, the network, the video gone
    r"浏览器\S{0,3}不支持|[Bb]rowser does(?: not|n't) support|网络不给力|"
    r"网络(?:不可用|异常|连接失败)|视频(?:已失效|已下架|已删除|不存在)|重新加载|请稍后(?:再)?重?试|"
    r"^(?:点击)?阅读原文$|展开阅读全文|视频\S{0,3}暂?不可播放|"
    # an empty list's placeholder where the comments would be ("目前暂无信息！", "暂无评论")
    r"^(?:目前|当前|还)?暂无(?:任何)?(?:信息|评论|内容|数据|记录|留言|回复|跟帖)[!！。.]?$|"
    r"^\W{0,2}(?:上滑|下滑|左滑|右滑|滑动)查看更多\W{0,2}$|^\W{0,2}已经到底了\W{0,2}$|"
    # a scroll box's hint alone on a line: the way to swipe and to what end ("向上滑动阅览",
    # "上下滑动查看全文", "左右滑动看更多")
    r"^\W{0,2}(?:向|往)?[上下左右]{1,2}滑(?:动)?\s*(?:查看|阅览|阅读|浏览|看)"
    r"(?:更多|全文|全部|详情|内容)?\W{0,2}$|"
    # what clicking a widget of the page does (点击图例可切换显示, 点击地图查看路线), a link to a
    # series' or a desk's other reports (查看系列全部报道), a chart still loading
    r"^点击(?:图例|地图|图表|图片|视频|音频)\S{0,2}?(?:可|即可)?"
    r"(?:查看|切换|放大|播放|进入|显示|收听|观看|导航)\S{0,6}$|"
    r"查看\S{0,4}全部\S{0,4}(?:报道|文章|稿件)$|图表加载|"
    # a sticky header's reading progress ("正在阅读：X 阅读进度 35%")
    r"阅读进度\s*[:：]?\s*\d+\s*%|^正在阅读\s*[:：]|"
    # a gallery's end card ("图集已浏览完毕 重新浏览")
    r"^\S{0,4}浏览完毕|重新浏览|"
    # a match's scoreboard: the sides, the score and its state ("A队 2 : 1 B队 已结束")
    r"^[^\s，。]{1,12}\s*\d{1,3}\s*[:：]\s*\d{1,3}\s*[^\s，。]{1,12}?\s*"
    r"(?:已结束|完场|全场结束|未开始|进行中)|"
    # a platform's badge for the account beside its follow button (优质X领域创作者 关注)
    r"领域创作者\s*(?:\+?关注|已关注)?$|"
    # a feedback widget asking the reader about the page ("您觉得这个页面怎么样？", "本文对您
    # 有帮助吗？"), not about anything the story tells
    r"^\W{0,2}(?:您|你)?(?:觉得|认为)?(?:这个|这篇|本篇?|此)(?:页面|网页|文章|内容)?"
    r"(?:怎么样|对(?:您|你)有(?:帮助|用)吗)\W{0,2}$"
)
# What a post or a portal prints about the page, not the story, kept apart from
# UI_PHRASES so that each is scanned for only on lines with its characters (chrome.py).
# Counters, each with a digit: a post's own counts, the word bound to its count
# (阅读:3727, 已被阅读178次, 您是本文第154个阅览者, 评论(5)), a search page's count, and how long
# the page is (全文约2300字，阅读约需5分钟, 本文共3页).
COUNTER_PHRASES = re.compile(
    r"(?:阅读|浏览|点击|评论|回复|阅览|访问)(?:量|数|次数)?\s*[:：(（]\s*\d+|"
    # ... maybe in the passive ("被阅读次数 34456", "已被浏览次数 12")
    r"^(?:已?被)?(?:播放|观看|点赞|评论|阅读|浏览|收藏|转发|分享)(?:量|数|次数)\s*[:：]?\s*[\d.,]+\s*万?\W*$|"
    # a counter alone: 123人看过, 已有 12 人参与, 1.2万次播放, 36 人赞同了该文章
    r"^\D{0,2}[\d.]+\s*万?\s*人(?:看过|赞过|已赞|参与|阅读|观看|浏览|点赞|收藏|喜欢|在看|赞同)"
    r"(?:了?(?:该|这篇|此|本)?(?:文章|回答|内容|笔记|视频|帖子|动态|想法))?\W*$|"
    r"^已有\s*[\d,]+\s*人(?:参与|评论|阅读|观看)\W*$|"
    # readers' acts counted beside the button for them ("点烛缅怀 已有2046人献花")
    r"^(?:[\u4e00-\u9fff]{2,4}\s+)?已有\s*[\d,]+\s*人[\u4e00-\u9fff]{1,4}[!！]?$|"
    # the page's own audience counted by heads (参与人数 8.6万, 在线人数：1203, 围观人数 5万+)
    r"^(?:参与|在线|围观|观看)人数\s*[:：]?\s*[\d.,]+\s*[万亿]?\+?\W*$|"
    # a post's time and where it was posted from (WeChat: "…2024年01月01日 08:00 发表于北京")
    r"\d{1,2}:\d\d(?::\d\d)?\s*发表于\s*[\u4e00-\u9fff]{2,8}$|"
    # the page's own talk counted, and a link to it (本话题在X有 256 条讨论，点击查看)
    r"^(?:本|该|此)(?:话题|帖子?|贴|文章?|问题)\S{0,10}有\s*[\d,]+\s*条(?:讨论|评论|回复)|"
    r"有\s*[\d,]+\s*条(?:讨论|评论|回复)\s*[，,]\s*(?:点击|点此)(?:查看|参与)|"
    r"已被(?:阅读|浏览|查看|点击)\s*[\d,]+\s*次|第\s*[\d,]+\s*(?:个|位)(?:阅览者|读者|访客|访问者)|"
    r"^共(?:找到|有)\s*[\d,]+\s*(?:个|条|篇)相关|"
    r"(?:全文|本文)(?:共|约)\s*[\d,]+\s*(?:字|页)|"
    r"阅读(?:约需|需要|时长|时间|大约|约)\s*[:：]?\s*约?\s*\d+\s*分钟|^(?:全文)?字数\s*[:：]?\s*\d+|"
    # an outlet's tip line: 报料热线：023-96123, 新闻热线：…, and the other ways to reach it
    # after the number ("，或登录X客户端…", "；也可发邮件至…")
    r"^[\u4e00-\u9fff]{0,8}(?:报料|爆料|新闻热线)(?:热线|电话)?\s*[:：]\s*"
    r"[\d(（][\d\-—()（） ]{4,}(?:$|[，,；;]\s*(?:或|也可|还可|或者)[^。！？]{2,40}$)"
)
# A blog's trackback address, a bare appeal to share, where the poster was (IP属地：X,
# 发布于：X), a portal's way back (返回X，查看更多).
POST_PHRASES = re.compile(
    r"[Tt]rack\s?[Bb]ack\S{0,6}(?:\s*(?:URL|Url|链接|地址))?\s*[:：]|引用通告|"
    r"^(?:点击)?(?:分享|转发)(?:给|到|让)?\S{0,4}(?:朋友|好友|更多人)\S{0,4}$|"
    r"^IP属地\s*[:：]|^返回\S{1,8}[，,\s]\s*查看更多$|"
    # the region a platform stamps under a post ("发布于：浙江"): where, never when
    r"^发布于\s*[:：]\s*[\u4e00-\u9fff]{2,8}$|"
    # what a WeChat page prints around an article: its account card and its swipe hints
    r"预览时标签不可点|滑动看下一个|轻触阅读原文|轻点两下取消|^知道了$|收录于(?:合集|话题)|"
    r"^(?:微信号|功能介绍)\s*[:：]|^文章已于\S{0,24}修改$|喜欢此内容的人还喜欢|已同步到看一看|"
    # an account's name and its WeChat handle alone on a line ("X / ID：abc_123")
    # or the handle alone under the account's "来源：X" ("ID：abc_123")
    r"^(?:[^\s:：/／]{1,16}\s*[/／|｜]\s*)?(?:微信)?ID\s*[:：]\s*[A-Za-z][\w\-]{2,30}$|"
    # a forum's note on the post's last edit ("本帖最后由 X 于 2024-1-2 10:20 编辑",
    # "最后编辑于 2024-01-02"): the board's record of the post, not its text
    r"最后由\s*\S{1,20}\s*于\s*[\d\-/年月日]{6,12}\s*(?:\d{1,2}:\d\d(?::\d\d)?)?\s*(?:编辑|修改)|"
    r"^\W{0,2}(?:最后编辑|最后修改)于\s*[\d\-/年月日]{6,12}\s*(?:\d{1,2}:\d\d(?::\d\d)?)?\W{0,2}$"
)
# Words every UI phrase holds, one for each of UI_PHRASES' branches (its words, or the
# word its pattern cannot match without: "(?:播放|加载)失败" needs 失败, "^共\s*\d+\s*张$"
# 张, "[Ww][Ii]-?[Ff][Ii]…" [Ff][Ii]): a line with none of them matches no branch, so one
# trie scan of ~0.3 us (chrome.py) replaces the alternation's ~3-6 us on most lines (a
# character gate let a third of story lines through: 点, 时, 视, 进, 回 are common).
# Edit with UI_PHRASES; tests/snapcrawl/extract/test_rule_gates.py checks each branch.
UI_PHRASE_WORDLIST = (
    *("失败", "播放", "错误", "刷新", "建议", "视频", "点击图片", "专题", "张", "加载"),
    *("查看", "展开", "剩余", "结束", "广告", "按住", "小窗", "放大", "图集", "组图"),
    *("音频", "浏览器", "弹幕", "时长", "直播", "回放", "您可以按", "rowser", "网络"),
    *("请稍后", "阅读原文", "到底了", "点击", "全部", "图表", "完场", "未开始", "进行中"),
    *("上滑", "下滑", "左滑", "右滑", "不再关注", "取消关注", "打开全文", "打開全文"),
    "暂无",
    "创作者",
    *("阅读进度", "正在阅读"),
    *("翻页", "翻頁"),
    *("浏览完毕", "重新浏览"),
    *("怎么样", "有帮助吗", "有用吗"),
    *("Fi", "fi", "FI", "fI"),  # [Ff][Ii], inside the trie (a class outside it is slow)
)
# A word each of COUNTER_PHRASES' branches holds (阅读 in "阅读：3727", 已被 in "已被阅读178
# 次", 相关 in "共找到 12 个相关", 新闻热线, …): the same kind of gate, where a character
# class let most lines with a digit through. Edit with COUNTER_PHRASES.
COUNTER_WORDLIST = (
    *("阅读", "浏览", "点击", "评论", "回复", "阅览", "访问", "播放", "观看", "点赞"),
    *("收藏", "转发", "分享", "看过", "赞过", "已赞", "参与", "喜欢", "在看", "已有"),
    *("赞同", "在线人数", "围观人数"),
    *("发表于", "已被", "读者", "访客", "相关", "全文", "本文", "字数", "报料", "爆料"),
    "条讨论",
    "新闻热线",
)
# A word each of POST_PHRASES' branches holds (rack for "[Tt]rack", 分享 or 转发 for the
# appeal to share, …). Edit with POST_PHRASES.
POST_PHRASE_WORDLIST = (
    *("rack", "引用通告", "分享", "转发", "IP属地", "返回", "预览时", "滑动看", "轻触"),
    *("轻点", "知道了", "收录于", "微信号", "功能介绍", "文章已于", "喜欢此", "看一看"),
    *("最后由", "最后编辑", "最后修改", "发布于"),
    "ID",
)
# A summary box's label over the story ("摘要：…", "【导读】…"): the box is the page's, not
# the story's opening.
SUMMARY_LABEL = re.compile(r"^[\s【\[]*(?:内容)?(?:摘要|提要|导语|导读|核心提示)\s*[:：】\]]\s*")
# The host's rules for its comment box, alone on a line: "文明上网 理性发言", "X提醒您：理性
# 讨论，尊重彼此。" (read in simplified). Only the rule and short clauses set off after it: "理性
# 讨论才能解决问题。" says something else.
_COMMENT_RULE = r"(?:文明上网|文明(?:发言|评论|留言|讨论)|理性(?:发言|评论|留言|讨论|表达))"
COMMENT_RULES = re.compile(
    rf"^(?:\S{{0,10}}?(?:提醒您|提醒你|温馨提示|提示)\s*[:：]?\s*)?请?[您你]?{_COMMENT_RULE}"
    # rules may run on ("文明上网、理性发言并遵守相关规定"), one more clause joined by 并
    rf"(?:[，,、\s]*{_COMMENT_RULE})*(?:并[^，,、。！？!?\s]{{1,8}})?"
    r"(?:[，,、\s]+[^，,、。！？!?\s]{1,8})*[。！!]?$"
)
# The terms an older portal prints over its comment form ("遵守中华人民共和国有关法律、法规，
# 尊重网上道德，承担一切因您的行为而…引起的法律责任", "网上评论仅代表个人意见。"): the host's
# rules for replies, in words no story line uses together.
COMMENT_TERMS = re.compile(
    r"遵守\S{0,16}法律、?法规[，,、\s]*尊重网上道德|"
    r"^\W{0,2}(?:网上|网友|读者)?(?:评论|留言|跟帖|跟貼)(?:内容)?仅代表(?:网友|作者)?(?:本人|个人)"
    r"(?:意见|观点|看法|立场)|"
    # "网友评论仅供网友表达个人看法，并不表明X同意其观点"
    r"^\W{0,2}(?:网上|网友|读者)?(?:评论|留言|跟帖|跟貼)(?:内容)?仅供(?:网友|读者|其)?表达(?:个人|本人)?"
    r"(?:意见|观点|看法|立场)"
)
# An appeal to comment closing a short line, after the question it asks ("你最常去哪家店？
# 欢迎留言分享", "评论区聊聊吧！"): the page asking for replies, not the story speaking.
COMMENT_APPEAL = re.compile(
    r"(?:^|[？?！!。，,~～\s])(?:欢迎|快来|一起来?|来)(?:在)?(?:评论区|留言区)?"
    r"(?:留言|评论|讨论|聊聊|说说)(?:分享|交流|讨论|告诉我们|一下)?[吧哦呀]?[！!。~～]*$"
    r"|(?:^|[？?！!。，,~～\s])(?:在)?评论区(?:留言|聊聊|说说|讨论|告诉我们)[吧哦呀]?[！!。~～]*$"
)
# Tag lines under a story (关键字：A B C).
TAG_LABEL = re.compile(r"^[\s【\[]*(?:关键字|关键词|标签|Tags?|TAG)\s*[:：】\]]", re.IGNORECASE)
# The label qualified by what it tags and how ("本篇新闻热门关键词:", "本文关键词：",
# "相关标签："); asked only of a line opening with one of QUALIFIED_TAG_FIRST.
QUALIFIED_TAG_LABEL = re.compile(
    r"(?:本篇新闻|本篇文章|本篇|本文|文章|新闻|热门|相关)(?:热门|相关)?(?:关键字|关键词|标签)\s*[:：】\]]"
)
QUALIFIED_TAG_FIRST = frozenset("本文新热相")
# "X旗下网站：A B C", "X旗下软件：…": the publisher listing its own sites and apps under the
# page, a directory of names (no full stop) like a tag line.
OWN_PROPERTIES = re.compile(
    r"^[\s【\[]*[^\s:：，。]{0,10}?旗下(?:网站|网站群|软件|产品|品牌|媒体|平台|应用|APP|App|app)"
    r"\s*[:：】\]][^。！？!?]*$"
)
# The same in English: a web player's own text (video.js prints these for screen readers)
# and WeChat's buttons on a page saved in English.
EN_UI_PHRASES = re.compile(
    r"^(?:Video Player is loading|Play Video|Loaded\s*:\s*\d|Current Time\s|Duration\s+\d|"
    r"Remaining Time\s|Stream Type\s|This is a modal window|Beginning of dialog window|"
    r"End of dialog window|Scan to Follow|Scan with Weixin|Got It$|Cancel$|Allow$|Read more$|"
    # a reading list's and a feedback widget's buttons
    r"Save (?:this page|to your library)$|Sign in to save |Was this (?:page|article) helpful|"
    # an ad slot's label left alone on its line when the ad did not load
    r"(?:Advertisement|ADVERTISEMENT|advertisement)$)"
)

# Pictographs a credit row puts where its labels would stand ("✍️ X　📷 Y　✂️ Z"): the role
# each one draws, read as its label (credit_forms.plain_form).
# A count among a page's fields ("字数：860", "阅读 3200", "浏览：1.2万次"): a short label and a
# number only. An article's information box lists it beside the credits, a credit row may
# end with it, and a book's box of facts may hold it too: it tells none of them apart.
COUNT_FIELD = r"[\u4e00-\u9fff]{2,4}(?:\s*[:：]\s*|\s+)[\d.,]+\s*[万千]?[字次人]?"
ICON_LABELS = {
    **dict.fromkeys("✍✏🖊🖋", "文"),  # a writing hand, a pencil, pens
    **dict.fromkeys("📷📸", "摄影"),  # cameras
    **dict.fromkeys("🎥📹🎬", "摄像"),  # film and video cameras, a clapper board
    "✂": "剪辑",  # scissors: the cut
    "📝": "编辑",  # a memo being marked up
}
