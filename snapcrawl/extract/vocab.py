"""Vocabularies of page structure and labels, kept apart from the logic that uses them (as
trafilatura keeps its xpaths). The words a page uses about itself (notices, statements) are
in notice_vocab.py; a page's toolbar, player and picture credits in chrome_vocab.py.

Nothing here names a site or quotes one site's sentence. These are the words Chinese pages
use for a *kind* of thing (a label, a notice, a menu), so that a new wording made of the same
words is still recognised.
"""

from __future__ import annotations

import re

# --- structure (noise layer 1) -------------------------------------------------------------

# Removed outright: never article text. (Not <head> itself: broken pages leave their whole
# body inside an unclosed head element, and the parser keeps it there.)
DROP_TAGS = tuple(
    """script style noscript template iframe object embed svg canvas video audio map input
    select textarea button option title meta link base nav footer aside menu dialog""".split()  # noqa: SIM905
)
# Tags that end a line of text.
BLOCK_TAGS = frozenset(
    """address article aside blockquote body center dd details dir div dl dt fieldset
    figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 header hgroup hr html li
    main menu nav noframes ol p pre section summary table tbody thead tfoot tr td th caption
    ul br""".split()  # noqa: SIM905
)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A table's cells, and every element of a table: a story's data, never a card or a box.
TABLE_CELLS = frozenset({"td", "th"})
TABLE_TAGS = frozenset({"table", "tbody", "thead", "tr", *TABLE_CELLS})

# Tokens of class/id attributes that mark a page region as furniture. Matched as whole tokens
# after splitting on -, _, spaces and camelCase, so "content" never matches "con".
NOISE_CLASS_TOKENS = frozenset(
    """nav navbar navigation menu menus footer foot bottom breadcrumb breadcrumbs crumb crumbs
    position location share sharing social bdshare jiathis comment comments reply replies
    related relate relates recommend recommends recommended tuijian xiangguan xgwz remen
    paihang sidebar side aside copyright ad ads advert adverts advertisement adv banner
    toolbar pager pagination pages paging hot hots rank ranking ranks tags tag login search
    gotop backtop print friendlink links link prev next prenext updown more subscribe qrcode
    weixin ewm widget promo sponsor popular trending signature signatures
    player vjs controls danmu danmaku tool tools secondary most vconsole eruda""".split()  # noqa: SIM905
)
# ("vconsole", "eruda": a mobile page's debug console, "#__vconsole", "#eruda", which a saved
# page keeps with its log: request lines, the user agent, JSON dumps; the page's tooling.)
# ("most": a ranking box, "most-read", "mostViewed", "most_popular", as "hot" and "rank" are.)
# ("secondary": a theme's second column, the sidebar beside the primary one (WordPress's
# #secondary), or the next story an endless-scroll page loads under the page's own,
# "secondary_article": never the page's story.)
# The token a host puts on the box of what a machine wrote about the story ("ai_area",
# "ai-summary", "ai_qa": a generated summary, a quiz on it): the host's, never the story's.
# Apart from NOISE_CLASS_TOKENS because its two letters are in half the page's names
# ("main", "detail", "container"): dom.is_noise_names tests it only as a whole word.
MACHINE_CLASS_TOKENS = frozenset({"ai"})
# Tokens of CSS utility classes ("margin-bottom-20", "pt-top", "border-bottom"): a name with
# one of these says how an element is spaced or drawn, not what region it is, so its
# "bottom" or "top" is a side of a box, never a page footer.
STYLE_CLASS_TOKENS = frozenset(
    """margin padding border spacing gap inset offset rounded radius shadow""".split()  # noqa: SIM905
)
# Prefixes a page builder puts on every block it lays out ("elementor-widget-container",
# "wpb_widget", "vc_widget", "fl-widget"): the builder calls each block, the story's text
# among them, a *widget*, so beside one of these the word says how the page was built, not
# that the block is a sidebar's. Other noise tokens keep their sense ("elementor-widget-nav-menu").
BUILDER_CLASS_TOKENS = frozenset({"elementor", "wpb", "vc", "fl"})
BUILDER_BLOCK_TOKENS = frozenset({"widget", "widgets"})
# Long noise tokens an older template glues after another word ("blogcomments",
# "newsrelated", "rightsidebar"): such a glued token ending in one is that region too. Only
# as the token's end: "commentary" (an opinion column) starts with "comment".
GLUED_NOISE_ENDINGS = (
    "comment",
    "comments",
    "related",
    "recommend",
    "sidebar",
    "breadcrumb",
    "pagination",
    "copyright",
    "toolbar",
    # "thumbplayer", "videoplayer": a media player's box, whose debug console and settings
    # menu ("视频分辨率", "0 KB/s …") are the player's, never the story's
    "player",
)
# Noise tokens that name furniture only alone: beside a content token they say which part of
# the content an element is ("art-text-more", "content-more": the story's rest after a
# picture), not a region of other stories.
WEAK_NOISE_CLASS_TOKENS = frozenset({"more"})
# The content tokens that name the story's text itself (not "news" or "main": "more-news" is
# a box of other stories): beside them a weak noise token is the text's rest.
TEXT_CLASS_TOKENS = frozenset(
    """article artical content contents text body story zw zhengwen neirong cont""".split()  # noqa: SIM905
)
# "read-more-wrapper", "read-more-content": a box named for the "read on" button (打开全文,
# 展开全文) that shows it holds the story's folded rest, not a region of more stories.
READ_ON_CLASS_TOKENS = frozenset({"read"})
# Tokens that mark the content itself; they override a noise token on the same element.
CONTENT_CLASS_TOKENS = frozenset(
    """article content contents text body main detail details post entry story news artical zw
    zhengwen neirong wenzhang cont""".split()  # noqa: SIM905
)

# Short lines that open or are navigation/list furniture (previous/next, "more about X").
NAV_LINE = re.compile(
    r"^(?:(?:上一[篇页条章]|下一[篇页条章]|前一篇|后一篇)\s*(?:[:：]|$)|返回(?:首页|列表|顶部|上[一级]页)"
    # a button's word, not the first word of a sentence ("关闭窗口后，…", "字号老店…")
    r"|(?:打印本?[页文]|关闭窗口|收藏本[页文站]|字号)(?![\u4e00-\u9fff])|打印文章|分享到(?![\u4e00-\u9fff]{3})"
    # a size bar ("大 中 小", "【大】【中】【小】"), not a sentence's first word ("中小学生…",
    # "小小年纪…", "大中城市…"): no Han letter right after it but a button's word
    r"|【?[大中小]】?\s*【?[中小]】?(?:\s*【?小】?)?(?:(?![\u4e00-\u9fff])|(?=打印|关闭|收藏|分享))"
    r"|责任编辑[:：]?\s*$)"
)
# A list section's title opens or closes with one of these ("相关文章", "更多关于X的资讯",
# "热点排行", "网友评论").
LIST_HEADING = re.compile(
    r"^(?:相关|更多|推荐|为你推荐|编辑推荐|热点|热门|热读|最新|精彩|延伸|猜你|往期|往年|网友|评论|"
    r"点击|阅读|今日|本周|本月|其他|其它|大家都在|图片|专题|友情)"
    r"|(?:排行|排行榜|推荐|阅读|资讯|新闻|文章|评论|留言|专题|链接|热点|热帖|图片|视频|回复|跟帖|动态|话题|"
    r"最热|热文|热榜)$"
)
# A reference list's heading (a wiki's 参考文献, a blog's 参考资料), and what its items look
# like: "^ 作者. 标题. 出处. 2023-12-06 [2023-12-11]. （原始内容存档于…）", "[3] …".
# A reference list's heading, maybe qualified ("部分参考资料来源"); a heading with a colon
# ("参考文献：") is asked of line_kinds.cut_reference_sections with the colon taken off.
REFERENCE_HEADING = re.compile(
    r"^(?:(?:部分|主要)?(?:参考文献|参考资料(?:来源)?|参考来源|参考链接|资料来源|資料來源)|"
    r"注释|脚注|(?:本文)?引用(?:本文|格式|此文)?|来源|"
    r"外部链接|外部連結|"
    r"References?|Notes|Citations|Sources|External links)"
    r"\s*(?:\[(?:编辑|編輯|edit)[^\]]*\])?$",
    re.IGNORECASE,
)
CITATION = re.compile(
    r"^\s*(?:\^|↑|\[\d+\])|原始内容存档|\[\d{4}-\d\d-\d\d\]|doi:|ISBN|检索日期|访问日期"
    # a document-type code of the national citation standard (GB/T 7714): "[J]", "[EB/OL]"
    r"|\[(?:[JMNCDRSPZGAK]|EB|DB|CP)(?:/(?:OL|CD|MT|DK))?\]\s*[.．(（]"
    # a web address alone on its line: a fact-check's or an essay's list of the pages it read
    r"|^\s*(?:https?://|www\.)\S+\s*$"
)
# A wiki's section edit link glued after its heading ("历史沿革[编辑]").
EDIT_LINK = re.compile(r"\s*\[(?:编辑|編輯|编辑源代码|編輯原始碼|edit|edit source)\]$")
FOOTER_LINE = re.compile(
    r"(?:ICP[备证]|公网安备|版权所有|Copyright|©|\(c\)\s*\d{4}|All Rights Reserved|增值电信|"
    r"违法和不良信息举报|网站地图|关于我们|联系我们)",
    re.IGNORECASE,
)

# --- labels of the meta line ---------------------------------------------------------------

LABELS: dict[str, tuple[str, ...]] = {
    "snapshot_at": (
        "快照生成时间",
        "快照生成日期",
        "快照时间",
        "快照日期",
        "生成时间",
        "存档时间",
        "存档日期",
        "归档时间",
        "抓取时间",
        "采集时间",
        "收录时间",
        "缓存时间",
        "保存时间",
        "入库时间",
    ),
    "source_url": (
        "信息原文地址",
        "原文地址",
        "原文链接",
        "原文网址",
        "原文URL",
        "原始链接",
        "原始地址",
        "原始网址",
        "来源链接",
        "来源地址",
        "来源网址",
        "源地址",
        "原网址",
        "原链接",
        "出处链接",
        "文章链接",
        "本文链接",
        "原帖地址",
        "原帖链接",
        "转载地址",
        "源链接",
        "原文",
    ),
    "published_at": (
        "发布时间",
        "发表时间",
        "发布日期",
        "发表日期",
        "发稿时间",
        "刊发时间",
        "上传时间",
        "更新时间",
        "时间",
        "日期",
        "发布于",
        "发表于",
    ),
    "source": (
        "文章来源",
        "信息来源",
        "新闻来源",
        "消息来源",
        "稿件来源",
        "来源",
        "稿源",
        "出处",
        "来自",
        "本文转自",
        "转自",
        "转载自",
    ),
    "author": (
        "责任编辑",
        "作者",
        "记者",
        "编辑",
        "撰稿",
        "撰文",
        "文字",
        "通讯员",
        "发布者",
        "发布人",
        "编者",
    ),
    "category": ("类别", "分类", "栏目", "频道", "所属栏目", "所属分类", "类型", "板块", "版块"),
    "other": (
        "浏览次数",
        "阅读",
        "点击",
        "浏览",
        "评论",
        "字号",
        "人气",
        "阅读量",
        "点击数",
        "热度",
    ),
}
# Breadcrumb leaves that name the page, not its section.
CRUMB_LEAVES = frozenset(
    {
        "正文",
        "内容",
        "详情",
        "文章",
        "阅读",
        "正文内容",
        "内容详情",
        "文章详情",
        "详细内容",
        "查看内容",
        "浏览文章",
    }
)
# A trail's first crumb: the site's home page, in simplified or traditional characters.
HOME_CRUMBS = frozenset(
    {"首页", "主页", "首頁", "主頁", "网站首页", "網站首頁", "本站首页", "本站首頁", "返回首页"}
    | {"home", "Home", "HOME"}
)
HOME_STARTS = tuple(sorted(HOME_CRUMBS, key=len, reverse=True))
CRUMB_PREFIX = re.compile(
    # 当前位置, 您的位置, 你现在的位置, 您所在的位置, 您当前所在位置, 所在位置, 位置, 导航
    r"^(?:(?:[您你](?:现在|当前)?(?:所在)?的?|当前|所在)?位置|导航)\s*[:：]?"
)
CRUMB_SEPARATORS = re.compile(r"\s*(?:>>|>|»|›|→|/|＞|\\|-{1,2}>)\s*")

# What a sentence (or a quoted sentence) ends with.
SENTENCE_ENDINGS = tuple("。！？!?”」』")

# What an outlet's name looks like (新京报, 中国网, 新华社, 澎湃新闻, 三联生活周刊), in
# simplified or traditional characters (聯合報, 北京新浪網, 中央電視台).
OUTLET_SHAPE = re.compile(
    r"[报報网網社台臺刊志誌]$|新闻|新聞|日报|日報|晚报|晚報|时报|時報|周刊|週刊|杂志|雜誌|"
    r"电视|電視|广播|廣播|传媒|傳媒|在线|在線|频道|頻道"
)

# A word of a date or a time a dated line may carry beside the date itself, which names no
# one: a weekday (星期二, （周三）, 禮拜五, 週日, Tuesday), a part of the day (上午, 凌晨) or a
# day counted from today (昨天, 今日). Matched against a whole word of the line.
DATE_WORD = re.compile(
    r"(?:[（(]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][）)]?"
    r"|上午|下午|中午|晚上|晚间|晚間|凌晨|早上|早晨|清晨|傍晚|深夜|夜间|夜間"
    r"|今天|昨天|前天|今日|昨日|前日"
    r"|(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?|[ap]\.?m\.?))+"
)

# An e-mail address, as a credit's contact or an outlet's tip line gives one.
EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"

# What ends or parts a sentence: a line with none is a label, a name or a title, not prose.
SENTENCE_PUNCT = re.compile(r"[，。！？；,!?;]")
# What ends a sentence: a credit or a label has none before its end.
SENTENCE_END = re.compile(r"[。！？；!?;]")
# The marks that finish a sentence, as characters to count or look for one by one (a
# semicolon only pauses one): str.count and ``in`` are cheaper than a regex on a short test.
SENTENCE_END_MARKS = "。！？!?"
# The characters the standard tables transliterate foreign names with (乔恩·邓巴, 阿里·扎胡尔,
# 玛丽亚·费尔南德斯): a "·" name made of them is a foreign person's; a column's "深度·观察" or a
# place's "北京·朝阳" is not.
TRANSLITERATION_CHARS = frozenset(
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜敦顿多厄恩尔法凡范"
    "菲费芬丰冯夫弗福伽盖甘冈戈格根古哈海汉豪赫亨胡华霍基吉纪加迦贾杰捷金卡凯坎康考柯科克肯孔库"
    "奎拉莱赖兰朗劳勒雷蕾里丽利莉连林琳隆卢鲁路伦罗洛吕马玛迈麦曼芒梅门蒙米密敏莫墨默姆穆纳娜奈"
    "南内妮尼宁纽努诺欧帕潘庞佩彭皮珀普奇齐恰乔切丘屈让瑞萨塞桑森沙莎尚舍什施斯松苏素索塔泰坦汤"
    "唐特滕提图托瓦万旺威韦维温沃乌伍西希夏谢辛休许雅亚延扬耶伊因英尤于约扎泽詹珍兹佐"
)
# The marks a page sets before a lone byline ("■ 江帆", "◎ 林间月").
BYLINE_MARKS = "□■●◆▲△○◎◇★☆"

# The word a reporter's credit ends on, the story "reported" ("記者X／台北報導", "X综合报道").
REPORT_WORDS = ("報導", "报道", "報道", "报导")
# A reporter's rank before 记者 in a byline ("特約記者", "实习记者", "駐京記者"), if any.
REPORTER_RANK = r"(?:特約|特约|實習|实习|見習|见习|駐\S{1,4}|驻\S{1,4})?"

# The words that say a story was taken from an outlet, glued before its name ("摘自京华时报",
# "（轉載自自由時報）", "取材自中央社"): where it came from, no part of the outlet's name.
TAKEN_FROM = (
    "摘自|摘编自|摘編自|摘录自|摘錄自|节选自|節選自|节录自|節錄自|选自|選自|取材自|整理自|"
    "转引自|轉引自|"
    "转载自|轉載自|转自|轉自|来源于|來源於"
)

# China's province-level regions (and 海外/未知) as platforms print where a post was sent
# from ("2024-12-01 浙江", "·北京", "IP属地：广东"): a place, never an account or an outlet.
REGIONS = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|"
    "广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|海外|未知"
)
POST_REGION = re.compile(rf"(?:{REGIONS})(?:省|市)?")

# Words a search's results page puts in its <title> beside the query it echoes
# ("X - 搜索结果 - 站名"); an encyclopedia entry echoes its name in the search box too.
SEARCH_TITLE_WORDS = ("搜索", "搜尋", "检索", "檢索", "查询", "查詢", "结果", "結果", "search")
