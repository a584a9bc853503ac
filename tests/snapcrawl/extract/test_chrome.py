"""Each chrome rule: lines it must recognise and lines of story it must leave alone.

The wordings below were written for these tests; none of them was used to write the rules.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import chrome


@pytest.mark.parametrize(
    "line",
    [
        "（本文首发于江城晚报，更多独家报道请下载“江城晚报”客户端）",
        "长按识别下方二维码，关注我们的官方微信",
        "打开南湖新闻APP，阅读更多深度好文",
        "本文由南湖新闻客户端提供，下载APP阅读更多原创报道。",
        "微信搜索“山城生活志”公众号，第一时间获取本地资讯",
        "想了解更多楼市动态？扫码添加小助手微信",
        "首届城市短视频大赛正在报名中！【立即报名】赢取万元大奖",
    ],
)
def test_promo(line):
    assert chrome.is_promo(line)


@pytest.mark.parametrize(
    "line",
    [
        "市民可通过下载“渝快办”APP在线预约，也可到窗口现场办理。",
        "他说：“大家关注我的公众号，只是想看看每天的菜价。”",
        "这款客户端上线三个月，下载量已经突破一千万次。",
        "警方提醒，不要随意扫描来历不明的二维码，以免个人信息泄露。",
        "我们注意到，越来越多的老人学会了下载打车APP。",
    ],
)
def test_story_about_apps_is_not_a_promo(line):
    assert not chrome.is_promo(line)


def test_short_promo_is_chrome_anywhere_but_a_sentence_is_not():
    assert chrome.is_short_promo("扫码关注看更多")
    assert chrome.is_short_promo("点击下载APP")
    assert not chrome.is_short_promo("市民可扫码下载，办理更方便。")


@pytest.mark.parametrize(
    "line",
    [
        "责任编辑：周小川_NB1024",
        "（本文编辑：钱多多）",
        "【责编：孙悦】",
        "值班编辑 王一 校对 李二",
        "审校|赵三",
        "（原标题：老街夜市重新开张 摊主：生意比去年好）",
        "原题为《山城的夜晚为何这样热闹？》",
        "发布时间：2024-05-06 09:12 责任编辑：刘洋",
        "江城晚报记者 郑小北 见习记者 何南",
        "采写：本报记者 钱塘",
        "（图片来源：视觉中国）",
        "图/受访者供图",
        "摄影：林间",
        "▲图片来自网络",
        "（稿件来源：市融媒体中心）",
        "央视新闻截图",
    ],
)
def test_credit(line):
    assert chrome.is_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "编辑部在收到读者来信后，第一时间联系了当事人。",
        "审核通过的名单将于下周在官网公示。",
        "记者：这个项目什么时候能完工？",
        "这位记者在现场坚持报道了三天三夜。",
        "我的作者梦",
        "来源于民间的智慧往往最实用",
        "图片中的老人今年已经九十岁",
        "资料图：游客在古镇拍照留念。新华社记者 王强 摄",
        "原来，标题里的数字是这样来的。",
    ],
)
def test_story_is_not_a_credit(line):
    assert not chrome.is_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "抱歉，视频播放失败，错误代码：E404",
        "时长：03:20 建议在WiFi下观看",
        "已关注 1.2万 356 分享",
        "查看原图 1.5MB",
        "字体：大 中 小 打印 关闭",
        "点赞 12 评论 3 收藏",
        "2024-05-06 10:30 | 2356次阅读 | 12条评论",
        "正在加载中，请稍候",
        "【纠错】",
        "视频-江边夜市人气旺",
        "[纠错] [打印]",
    ],
)
def test_ui_line(line):
    assert chrome.is_ui_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "观众可以在大屏幕上选择自动播放的节目。",
        "分享经济正在改变年轻人的消费习惯",
        "大中小学生暑期安全教育",
        "三号线的列车每隔五分钟发一班",
        "纠错机制让审判更公正",
        "视频显示，事发时路口车辆较少。",
    ],
)
def test_story_is_not_ui(line):
    assert not chrome.is_ui_line(line)


def test_tag_line():
    assert chrome.is_tag_line("标签：夜市 老街 烟火气")
    assert chrome.is_tag_line("关键词：消费 夜经济")
    assert not chrome.is_tag_line("标签化的评价并不公平，他说。")
