"""Noise wordings from platforms and sites that are in none of our page sets.

Written for these tests from how 搜狐号, 大风号, 一点号, 企鹅号, 新浪看点, 澎湃号, 今日头条,
雪球/东方财富, 知乎/CSDN/简书 and WeChat accounts word their statements, promos, credits and
player text; no rule quotes any of them. Each kind also has story sentences that use the
same words in ordinary prose and must stay. A second batch of each kind was written after
the first rules; what it missed was fixed by adding words to a vocabulary group (独立观点,
保留权利, 蓝字, 排版 …), never a sentence.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import chrome, noise

# A platform or a blog speaking of the page: whose view it is, what the host does not vouch
# for, how it may be reposted. Strong (2): removed wherever it stands.
STATEMENTS = [
    "本文为搜狐号作者发布，不代表搜狐号立场",
    "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
    "本文为凤凰网大风号作者上传并发布，仅代表该作者观点，凤凰网仅提供信息发布平台。",
    "本文由一点号作者上传发布，不代表一点资讯立场",
    "本文来自企鹅号作者，不代表腾讯新闻立场",
    "本文由新浪看点作者发布，不代表新浪网立场",
    "本文由澎湃号作者上传并发布，仅代表该作者观点。澎湃新闻仅提供信息发布平台。",
    "本文系作者个人观点，不代表今日头条立场。",
    "免责声明：本文仅代表作者个人观点，与雪球无关。",
    "风险提示：本文所提及的观点仅供参考，不构成投资建议。",
    "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
    "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。",
    "本文内容由互联网用户自发贡献，该文观点仅代表作者本人。",
    "声明：本文由入驻财经头条平台的作者撰写，观点仅代表作者本人，不代表本平台立场。",
    # a second batch, written after the rules: 网易号, 虎嗅, 财新, 和讯, 百家号, finance
    "特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。",
    "本内容为作者独立观点，不代表虎嗅立场。未经允许不得转载，授权事宜请联系hezuo@huxiu.com",
    "文章仅代表作者观点，不代表财新网立场",
    "【免责声明】本文仅代表作者本人观点，与和讯网无关。和讯网站对文中陈述、观点判断保持中立。",
    "以上内容为用户原创，仅代表作者观点，本平台不对内容的真实性负责。",
    "股市有风险，投资需谨慎。本文不构成任何投资建议。",
    "本文经授权转载自“财经十一人”公众号，版权归原作者所有。",
    "作者保留权利，转载请联系作者。",
    "原创声明：本文系作者授权百家号发表，未经许可，不得转载。",
    "免责声明：市场有风险，选择需谨慎！此文仅供参考，不作买卖依据。",
]


@pytest.mark.parametrize("line", STATEMENTS)
def test_platform_and_blog_statements_are_strong(line):
    assert noise.notice_strength(line) == 2


@pytest.mark.parametrize(
    "line",
    [
        "今年平台经济健康发展，多家企业在平台上发布了新产品。",
        "他强调，这只是他的个人观点，并不代表公司。",
        "投资者应注意，该基金不构成保本承诺。",
        "分析师认为，当前估值偏低，但投资有风险。",
        "网友自发贡献了上千张老照片，记录下这座城市的变迁。",
        "该平台表示，已有超过五万名作者入驻，多数为个人创作者。",
        "专家提醒，投资有风险，市民切勿轻信高收益承诺。",
        "根据著作权法，转载他人作品应当注明出处。",
    ],
)
def test_story_with_statement_words_is_not_strong(line):
    assert noise.notice_strength(line) < 2


# An appeal to act on an app or an account: removed anywhere when short, at the edges
# when longer.
SHORT_PROMOS = [
    "打开APP阅读更多",
    "下载客户端，看更多精彩内容",
    "点击下方卡片关注",
    "长按识别二维码",
    "戳这里",
    "点个在看",
    "点个在看，你最好看",
    "打开今日头条，查看更多图片",
    "打开网易新闻 查看精彩图片",
    "点击“阅读原文”，了解更多",
    "关注我们，获取更多精彩内容",
    "回复【社保】查看办理指南",
    "点击上方蓝字关注我们",
    "↑点击上方“江城发布”关注我们",
    "喜欢就点个赞吧",
    "觉得不错，请点赞、在看、转发",
    "欢迎转发到朋友圈",
    "在APP内打开",
    "用客户端打开，阅读体验更佳",
    "👇扫描下方二维码，关注我们👇",
]


@pytest.mark.parametrize("line", SHORT_PROMOS)
def test_short_promos(line):
    assert chrome.line_kind(line) == "promo"


@pytest.mark.parametrize(
    "line",
    [
        "下载新浪新闻APP，看更多热点，第一时间掌握身边大事！",
        "点击菜单栏【服务大厅】解锁更多办事指南！",
        "点【在看】，让更多人看到",
        "发送邮件至service@example.com申请入驻城市政务号",
    ],
)
def test_longer_promos_at_the_edges(line):
    assert chrome.is_promo(line)


@pytest.mark.parametrize(
    "line",
    [
        "市民下载客户端后可以在线预约挂号，非常方便。",
        "我们呼吁社会各界关注留守儿童的心理健康。",
        "扫码支付，便捷出行",
        "关注正在看比赛的观众",
        "记者发送邮件至该局询问，截至发稿未获回复。",
        "快点击这里了解一下！",
        "打开App，点击右上角设置",  # a how-to step
        "点击菜单栏，选择文件",
        "他呼吁大家关注身边的独居老人。",
        "点赞、评论和转发，是年轻人表达态度的方式。",
        "记者下载了这款APP，发现注册流程十分繁琐。",
    ],
)
def test_story_with_promo_words_is_not_a_promo(line):
    assert chrome.line_kind(line) != "promo"
    assert not chrome.is_short_promo(line)


# Who edited, checked, shot or cut the story (and a video's crew): a label, a name.
CREDITS = [
    "审核：王明",
    "监制：李强",
    "统筹：张华",
    "视频剪辑：刘洋",
    "实习生 陈晨",
    "通讯员 赵一",
    "编辑/孙丽",
    "责编 周平",
    "（编辑 吴凡）",
    "文字：郑海 摄影：王刚",
    "出品人：何平",
    "策划：林立",
    "视频拍摄：陈刚 剪辑：李丽",
    "本期编辑 曾一 审核 李二",
    "本文原标题：《江边步道全线贯通》",
    "▲江城晚报全媒体图片记者黎明、李妍摄",
    "作者 | 张三",
    "责任编辑 | 王五",
    "排版：钱七",
    "视觉：孙八",
    "记者：李明 实习记者：王芳",
    "本报记者 张华 通讯员 李强 实习生 王敏",
    "出品：江城晚报新媒体中心",
    "编辑：郑一 二审：冯二 三审：褚三",
    "文/图 刘一",
    # a third batch: desk-qualified roles, bars between roles, a byline with affiliation
    "文 | 许一 编辑 | 何二",
    "新媒体编辑：张一",
    "稿件统筹：王三",
    "作者：严七（江城大学教授）",
]


@pytest.mark.parametrize("line", CREDITS)
def test_credits(line):
    assert chrome.line_kind(line) in ("credit", "picture_credit")


@pytest.mark.parametrize(
    "line",
    [
        "他担任杂志编辑多年，见证了行业的变化。",
        "审核通过后，项目将于明年开工。",
        "这段视频在网上引发广泛关注，播放量超过一百万次。",
        "策划这场展览，她花了整整两年。",
        "制作方法：将鸡蛋打散，加入面粉搅匀。",
        "编辑部主任李明告诉记者，今年的选题更加注重民生。",
        # a review's subheadings open with crew words but name no one
        "设计：金属机身",
        "拍摄：使用手机完成",
        "主播 带货乱象调查",
        "文：春天来了",
        "记者从市交通局获悉，新线路将于下月开通。",
    ],
)
def test_story_with_credit_words_is_not_a_credit(line):
    assert chrome.line_kind(line) is None


# What a video player or a toolbar prints: its clock, speed and quality menus, counts.
PLAYER_AND_TOOLBAR = [
    "00:00 / 03:25",
    "00:00",
    "倍速",
    "倍速 1.0x 1.5x 2.0x",
    "高清",
    "标清 高清 超清",
    "全屏",
    "重播",
    "0:00/2:15 加载中",
    "阅读 1.2万",
    "点赞 35",
    "在看 12",
    "收藏",
    "举报",
    "00:00 / 00:00",
    "点击查看大图",
    "分享至",
    "1/5",
    "2.0x 1.5x 1.25x 1.0x 0.75x",
    "赞 0",
    "收藏 12 分享 3",
    "正在播放",
    "点击查看视频",
    "共 12 张",
    "点击图片进入下一页",
    "进入专题",
]


@pytest.mark.parametrize("line", PLAYER_AND_TOOLBAR)
def test_player_and_toolbar_text(line):
    assert chrome.line_kind(line) == "ui"


@pytest.mark.parametrize(
    "line",
    [
        "10:30",  # a live blog's time stamp, not a player's clock
        "视频播放量超过一百万次，高清画质广受好评。",
        "比赛进行到00:45时，主队率先破门。",
        "1/3的受访者表示愿意尝试新能源汽车。",
        "5/3",
    ],
)
def test_story_with_player_words_is_not_ui(line):
    assert chrome.line_kind(line) is None
