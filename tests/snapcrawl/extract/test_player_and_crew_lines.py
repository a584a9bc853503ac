"""Credit, player and toolbar lines found by a validation pass on pages from outside the
project (issue 14, 2026-12-05), each kind tested on wordings of our own: how Chinese portals,
newspapers, video pages and WeChat articles set these lines, never a page's sentence. The
near misses are sentences and headings of a story that use the same words and must stay.
"""

from __future__ import annotations

import html

import pytest

from snapcrawl.extract import chrome, extract_article, noise

from .conftest import portal_page, with_line

STORY = [
    "入冬以来，河谷里的温泉小镇迎来旅游旺季，周末客房预订量比去年同期多出三成。",
    "镇上新修了一条沿河步道，把老街、温泉和茶园串在一起，游客可以步行走完全程。",
    "文旅部门请来非遗传承人驻场表演，竹编、蜡染和打糍粑都能让游客亲手体验。",
    "不少在外打拼的年轻人回到镇上开民宿和咖啡馆，带来了新的经营思路。",
    "当地还开通了直达高铁站的旅游专线，从省城出发两个小时就能泡上温泉。",
    "下一步，小镇计划建设游客集散中心，统一管理停车、导览和投诉处理。",
]


def page(paragraphs: list[str]) -> str:
    escaped = [html.escape(p) for p in paragraphs]
    return portal_page(
        "温泉小镇迎来旅游旺季", "文旅", escaped, info="2024-12-01 09:30 来源：示例晚报"
    )


def body_lines(extra: str, where: str) -> list[str]:
    return extract_article(page(with_line(STORY, extra, where))).body.split("\n")


# --- credits: a role (or a desk and its role) and the people or the desk credited ---------

CREDITS = [
    "后期：林一帆",
    "动画：周小满",
    "插画 | 陈木木",
    "数据可视化：吴桐",
    "审稿：郑远",
    "审核人：冯晓",
    "供稿：青川县融媒体中心",
    "制作：示例晚报新媒体中心",
    "编辑：何苗；审核：钱程",
    "责编：何苗;终审：钱程",
    "（作者：宋知秋 示例大学旅游学院教授）",
    "(作者：宋知秋示例大学旅游学院副教授)",
    "作者简介：宋知秋，示例大学旅游学院教授",
    "山城新闻编辑 | 唐果",
    "晚报记者｜罗青 周航",
    "山城晚报-山城网报道 记者 罗青",
]


@pytest.mark.parametrize("line", CREDITS)
def test_credit_kinds(line):
    assert chrome.line_kind(line) in {"credit", "picture_credit"}


@pytest.mark.parametrize("where", ["start", "end"])
@pytest.mark.parametrize("line", CREDITS)
def test_credits_leave_the_body_at_its_edges(line, where):
    assert line not in body_lines(line, where)


# --- player, audio reader, toolbar and counter text ---------------------------------------

PLAYER_AND_TOOLBAR = [
    "即将播放下一个",
    "3秒后自动播放",
    "跳过广告",
    "广告 15s",
    "按住画面可移动小窗",
    "（点击可放大）",
    "【视频】",
    "【图集】",
    "您的浏览器版本过低，请升级浏览器",
    "发条友善的弹幕吧",
    "该视频已过期",
    "2.0倍速",
    "下一集",
    "选集",
    "进入直播间",
    "剩余 45% 未读",
    "328人看过",
    "已有 56 人参与",
    "访问量：20381",
    "阅读大约 4 分钟",
    "字数：1860",
    "10万+",
    "A+ A-",
    "字号 A- A A+",
    "听新闻",
    "语音播报",
    "收听本文",
    "点击收听",
    "微信好友 QQ好友 新浪微博 复制链接",
    "上一篇 下一篇",
    "发表评论",
    "查看全部评论",
    "暂无评论",
    "收起全文",
    "继续阅读全文",
    "下拉刷新",
    "立即打开",
    "App内打开",
    "2024-12-01 发布 · 3.6万次播放",
    "文章已于2024-12-02修改",
    "喜欢此内容的人还喜欢",
    # a video's counters and length in words, a live stream's state, a web player's own
    # English text and WeChat's buttons on a page saved in English
    "播放数 5620",
    "观看次数：3.1万",
    "点赞数 88",
    "本视频时长2分08秒",
    "直播已结束",
    "观看回放",
    "预约直播",
    "展开剩余",
    "Video Player is loading.",
    "Play Video",
    "Current Time 0:00",
    "Duration 3:12",
    "This is a modal window.",
    "Scan to Follow",
    "Got It",
    "山城晚报 2024年12月01日 09:30 发表于重庆",
]


@pytest.mark.parametrize("line", PLAYER_AND_TOOLBAR)
def test_player_and_toolbar_kinds(line):
    assert chrome.line_kind(line) == "ui"


@pytest.mark.parametrize("where", ["start", "middle", "end"])
@pytest.mark.parametrize("line", PLAYER_AND_TOOLBAR)
def test_player_and_toolbar_text_leaves_the_body(line, where):
    assert line not in body_lines(line, where)


def test_an_app_slogan_is_a_promo():
    line = "海量资讯、深度解读，尽在山城晚报APP"
    assert chrome.is_promo(line)
    assert line not in body_lines(line, "end")


def test_a_share_instruction_about_the_page_is_a_promo():
    line = "打开微信，点击底部的“发现”，用“扫一扫”即可将网页分享至朋友圈。"
    assert chrome.is_promo(line)
    assert line not in body_lines(line, "end")


# --- near misses: the story's own sentences and headings with the same words --------------

NEAR_MISSES = [
    "加载中心的吊车正把集装箱一只只吊上货轮。",
    "展开全文前，编者先交代了事情的来龙去脉。",
    "原标题已无从考证，但这首民谣在镇上传唱了百年。",
    "关闭窗口后，系统会自动保存填写的内容。",
    "字号老店重新开张，门口排起了长队。",
    "打印文件的队伍一直排到了走廊尽头。",
    "分享到朋友圈的照片引来上千条留言。",
    "后期制作花了整整半年，导演几乎住在剪辑室里。",
    "动画片《小镇的冬天》将于下月在央视播出。",
    "数据显示，今年前十个月小镇接待游客同比增长四成。",
    "审稿专家认为，这篇论文的方法很有新意。",
    "他拿起遥控器，示意工作人员开始播放宣传片。",
    "网友纷纷点赞，称这是最暖心的一幕。",
    "她在采访中说：“我想把这些故事分享给更多人。”",
    "作者为写这本书，在镇上住了整整三年。",
    "已有300多人报名参加了这次徒步活动。",
    "直播间里，主播正在介绍当地的茶叶和蜂蜜。",
    "比赛时长90分钟",
    "裁判组通过回放确认了这粒进球。",
    "这条短视频的播放数已突破千万。",
    "快点击这里看看吧！",
    "视频直播",
    "他在2024年12月1日9:30发表于《山城晚报》的文章引起了热议。",
]


@pytest.mark.parametrize("line", NEAR_MISSES)
def test_story_sentences_are_no_chrome(line):
    assert chrome.line_kind(line) is None
    assert not noise.is_nav_line(line)


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("line", NEAR_MISSES)
def test_story_sentences_stay_in_the_body(line, where):
    assert line in body_lines(line, where)


@pytest.mark.parametrize(
    "line", ["关闭窗口", "打印本页", "字号：大 中 小", "分享到：", "分享到 微信 微博", "收藏本页"]
)
def test_toolbar_buttons_stay_navigation(line):
    assert noise.is_nav_line(line)


# --- credits go to the fields ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author", "editor"),
    [
        ("（作者：宋知秋 示例大学旅游学院教授）", "宋知秋", None),
        ("作者简介：宋知秋，示例大学旅游学院教授", "宋知秋", None),
        ("山城晚报-山城网报道 记者 罗青", "罗青", None),
        ("编辑：何苗；审核：钱程", None, "何苗"),
    ],
)
def test_credit_lines_fill_the_fields(line, author, editor):
    article = extract_article(page([*STORY, line]))
    assert line not in article.body
    assert article.author == author
    assert article.editor == editor
