"""Each noise rule: a line it must remove and a line it must keep."""

from __future__ import annotations

import pytest

from snapcrawl.extract import noise

SITE = ("cundang.example.org", "存档猫")


# Layer 2 wordings here are paraphrases that appear in no pattern of the code.
@pytest.mark.parametrize(
    "line",
    [
        "以上内容为资讯信息快照,由td.fyun.cc爬虫进行采集并收录,本站未对信息做任何修改,信息内容不代表本站立场。",
        "本站信息快照查询为非营利公共服务,如有侵权请联系我们进行删除。",
        "本页内容由网络程序自动抓取生成，仅供参考，不代表本平台观点。",
        "如您认为本文涉及您的权益，请发邮件告知，我们核实后将及时移除。",
        "此网页为搜索引擎缓存副本，存档猫不对其真实性负责。",
        "您现在看到的是历史版本的镜像页面，最新内容请以原网站为准，本站概不负责。",
    ],
)
def test_host_notice_is_strong(line):
    assert noise.notice_strength(line, SITE) == 2


@pytest.mark.parametrize(
    "line",
    [
        "法院审理认为，被告网站未经许可转载原告作品，构成侵权，判令其立即删除相关内容。",
        "记者从市文旅局获悉，今年春节期间全市接待游客超过百万人次。",
        "他说：“我们的版权声明写得很清楚，侵权内容一律删除。”",  # reported speech
        "这家平台的版权收入增长了三成，侵权投诉下降，删除请求处理更快，用户评价普遍较好。" * 4,
    ],
)
def test_story_is_not_a_notice_on_its_own(line):
    assert noise.notice_strength(line, SITE) < 2


# A platform speaking of itself: these wordings were written for the test.
@pytest.mark.parametrize(
    "line",
    [
        "特别提示：本文为“一点号”作者上传发布，本平台仅提供信息存储空间服务，不代表本平台立场。",
        "声明：以上内容由入驻“企鹅号”的自媒体用户上传，本网仅提供存储服务，如有侵权请联系删除。",
        "免责声明：本文来自搜狐号自媒体，不代表本站的观点和立场。",
        "Disclaimer: The content above is uploaded by a self-media account; this platform only"
        " provides information storage services.",
        "免责声明：文章内容源自自媒体，版权归原作者所有，文章观点不代表新浪网立场。",
        "该文观点仅代表作者本人，某某号系信息发布平台，某某网仅提供信息存储空间服务。",
        "本文为快报号作者上传发布，不代表本站观点。",
    ],
)
def test_platform_statement_is_strong(line):
    assert noise.notice_strength(line, SITE) == 2


@pytest.mark.parametrize(
    "line",
    [
        "这家自媒体平台去年入驻作者超过十万人，用户上传的视频数量翻了一番。",
        "他表示：“我们只是一个信息存储平台，不代表任何用户的观点。”",
    ],
)
def test_story_about_platforms_is_not_strong(line):
    assert noise.notice_strength(line, SITE) < 2


def test_edge_only_notices_are_weak():
    assert noise.notice_strength("（来源于网络，如有侵权请联系删除）") == 1
    # two families, but no word of the page about itself: only at an edge
    assert noise.notice_strength("仅代表个人观点，不代表任何机构立场") == 1
    # one family and no heading: a sentence of the story
    assert noise.notice_strength("他强调，这只是他的个人观点。") == 0


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("发布时间：2021-01-15 11:10　来源：新华网　分类：娱乐", True),
        ("快照生成时间：2025-02-13 20:45:02", True),
        ("2017-03-10 09:58 来源：网易科学人", True),
        ("记者：您怎么看待这个问题？", False),
        ("时间：我们每个人都在和它赛跑，谁也赢不了。", False),
    ],
)
def test_meta_line(line, expected):
    assert noise.is_meta_line(line) is expected


@pytest.mark.parametrize(
    ("line", "source", "rest"),
    [
        ("本文转自：南方日报", "南方日报", ""),
        (
            "本文转自:中国新闻网位于杭州余杭的中国人工智能小镇。",
            "中国新闻网",
            "位于杭州余杭的中国人工智能小镇。",
        ),
        ("（转载自：澎湃新闻）", "澎湃新闻", ""),
    ],
)
def test_repost_source(line, source, rest):
    assert noise.repost_source(line) == (source, rest)


def test_repost_keeps_story_lines():
    assert noise.repost_source("他转自己的积蓄给了母亲。") is None


# Layer 1: structure
@pytest.mark.parametrize(
    "line",
    [
        "上一篇：海岛旅游持续升温",
        "下一篇：渔民转型记",
        "返回首页 | 返回列表 | 打印本页",
        "分享到：",
    ],
)
def test_nav_lines(line):
    assert noise.is_nav_line(line)


def test_nav_keeps_story():
    assert not noise.is_nav_line("上一篇报道发出后，读者来信踊跃，编辑部收到了上百封信件。")


@pytest.mark.parametrize(
    "line",
    [
        "Copyright © 2015-2023 今日快照网 版权所有",
        "京ICP备12345678号-1",
        "关于我们 | 联系我们 | 网站地图",
    ],
)
def test_footer_lines(line):
    assert noise.is_footer_line(line)


def test_footer_keeps_story():
    assert not noise.is_footer_line("这家企业去年的版权收入增长了三成，成为新的增长点。" * 8)


@pytest.mark.parametrize(
    "line", ["相关文章", "更多关于社会的资讯：", "热点排行", "猜你喜欢", "网友评论"]
)
def test_list_headings(line):
    assert noise.is_list_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "关注点多与所学专业相关",
        "科技创新要符合产业聚集的经济规律",
        "一、相关背景介绍，以及本文的写作目的。",
    ],
)
def test_list_headings_keep_subheadings(line):
    assert not noise.is_list_heading(line)


def test_list_items():
    assert noise.is_list_item("· 29日下午，中国民主党法国党部在吴江主持下　2023-02-04")
    assert noise.is_list_item("2026-01-18 16:30:00")
    assert not noise.is_list_item("2026年1月18日，石家庄大力整治长期停放街边车辆，效果显著。")
