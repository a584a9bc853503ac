"""Toolbar, player and post-stamp lines told by their shape (issue 14, 2026-12-05, h-n14).

The chrome lines are of our own writing, in the styles Chinese portals, video sites and
WeChat articles set them, with wordings no word list in the package was written from; the
near misses are lines of a story (quotes, list items, headings, dated sentences, a table's
row) that share words or characters with them and must stay.
"""

from __future__ import annotations

import html

import pytest

from snapcrawl.extract import extract_article, ui_shapes

from .conftest import portal_page, with_line

STORY = [
    "入冬以来，江边的渔村迎来捕捞旺季，码头上每天清晨都挤满了收鱼的商贩。",
    "村里新建了一座冷库，鲜鱼上岸后半小时就能入库，损耗比往年少了一半。",
    "渔业部门派出技术员随船指导，帮助渔民规范使用网具，保护幼鱼资源。",
    "不少年轻人在码头边开起了直播间，把刚上岸的鱼虾卖到了全国各地。",
    "村委会还组织渔民成立合作社，统一收购、统一定价，避免压价抢客。",
    "下一步，村里打算建设渔家民宿，让游客体验出海捕鱼和码头早市。",
]


def page(paragraphs: list[str], inside: str = "") -> str:
    escaped = [html.escape(p) for p in paragraphs]
    return portal_page(
        "江边渔村迎来捕捞旺季",
        "乡村",
        escaped,
        info="2024-12-01 09:30 来源：示例晚报",
        inside=inside,
    )


def body_lines(extra: str, where: str) -> list[str]:
    return extract_article(page(with_line(STORY, extra, where))).body.split("\n")


CHROME = [
    # toolbars and share bars: buttons of one or two characters, counts
    "微信 微博 QQ",
    "投币 分享 收藏",
    "粉丝 3.2万 关注 128",
    "登录 注册",
    "第1页 共3页",
    "字体 T T",
    "点赞 2048",
    "转发 | 评论 | 收藏",
    # a player's clock after a label, a running time, a counter's figure
    "当前播放 0:00 / 3:21",
    "已播放 01:05 / 04:40",
    "01:23:45",
    "4.5万",
    # post stamps: when (and where) a post was made, and nothing else
    "2024-10-01 08:00 · 示例日报",
    "10月1日 08:00 湖北",
    "2天前 · 来自湖北",
    "示例晚报 2024年12月1日 09:30 江城",
    "3小时前",
    # a post's author handle
    "@渔村小周 发布了一个视频",
    # bare notices: short, no full stop at the end
    "转载请注明出处",
    "如需转载，请联系授权",
    "本文版权归原作者所有，如有侵权请联系删除",
]

NEAR_MISSES = [
    "金秋十月 硕果满枝",
    "梦晨 发自 凹非寺",
    "AI 写作",
    "尼克·兰德",
    "01",
    "# 角色",
    "一等奖 张三",
    "“今年的鱼价比去年好，”老周说，“一斤能多卖两块钱。”",
    "老周：今年比去年多打了两千斤鱼。",
    "12月1日上午，记者来到村里的码头。",
    "当天下午3点，第一车鲜鱼发往省城。",
    "问：今年的鱼价怎么样？",
    "1. 选择晴天出海，避免大风天气作业。",
    "转载率的上升，说明这篇报道引起了广泛关注。",
    "视频播放到一半，现场响起了掌声。",
    "欢迎大家来村里吃鱼！",
]


@pytest.mark.parametrize("where", ["start", "middle", "end"])
@pytest.mark.parametrize("line", CHROME)
def test_chrome_shapes_leave_the_body(line, where):
    lines = body_lines(line, where)
    assert line not in lines
    assert all(paragraph in lines for paragraph in STORY)


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("line", NEAR_MISSES)
def test_story_lines_of_similar_shape_stay(line, where):
    assert line in body_lines(line, where)


def test_a_notice_worded_sentence_stays_inside_the_story():
    """Finished by a full stop, it is no bare notice; at the body's edge the notice rules
    still take it (two word families there), which is left open."""
    line = "版权保护意识的增强，让原创作者更有底气。"
    assert line in body_lines(line, "middle")


@pytest.mark.parametrize(
    "text",
    ["微信 微博 QQ", "转发 分享 评论 赞", "第1页 共3页", "粉丝 3.2万 关注 128", "登录 注册"],
)
def test_token_bars(text):
    assert ui_shapes.is_token_bar(text)


@pytest.mark.parametrize(
    "text",
    ["金秋十月 硕果满枝", "梦晨 发自 凹非寺", "AI 写作", "# 角色", "依旧是 { } 写 js", "128 256"],
)
def test_not_token_bars(text):
    assert not ui_shapes.is_token_bar(text)


def test_post_stamps_and_clocks():
    assert ui_shapes.is_post_stamp("2024-10-01 08:00 · 示例日报")
    assert ui_shapes.is_post_stamp("发布于 昨天 21:05")
    assert not ui_shapes.is_post_stamp("10月1日上午，记者来到村里")
    assert not ui_shapes.is_post_stamp("08:00 开幕式")  # an agenda's item has no date
    assert ui_shapes.is_player_clock("当前播放 0:00 / 3:21")
    assert not ui_shapes.is_player_clock("02:35")  # a live blog's entry time may stand alone


def test_a_table_row_of_short_cells_stays():
    table = "<table><tr><td>品种 产量 价格</td></tr><tr><td>鲈鱼 300 12</td></tr></table>"
    lines = extract_article(page(STORY, inside=table)).body.split("\n")
    assert "鲈鱼 300 12" in lines


@pytest.mark.parametrize(
    "box",
    [
        "<div class='video-player'><p>江边渔村的清晨 渔民出海归来满载而归</p></div>",
        "<div class='vjs-control-bar'><p>播放速度 正常 清晰度 超清 满载而归</p></div>",
        "<div class='rich_media_tool'><p>阅读原文 渔村故事 满载而归</p></div>",
        "<div class='article-tools'><p>渔村故事合集 满载而归</p></div>",
    ],
)
def test_text_inside_a_player_or_tool_bar_leaves_the_body(box):
    paragraphs = [html.escape(p) for p in STORY]
    text = "".join(f"<p>{p}</p>" for p in paragraphs[:3]) + box
    text += "".join(f"<p>{p}</p>" for p in paragraphs[3:])
    doc = (
        "<html><head><title>江边渔村迎来捕捞旺季_乡村_示例网</title></head><body>"
        "<div class='main'><h1>江边渔村迎来捕捞旺季</h1>"
        f"<div class='text'>{text}</div></div></body></html>"
    )
    body = extract_article(doc).body
    assert "满载而归" not in body
    assert all(p in body.split("\n") for p in STORY)


@pytest.mark.parametrize(
    "line",
    [
        "> 关注 示例渔村小红书，感受精彩乡村生活 🌊",
        "👉 点击关注，第一时间了解更多",
        "▶ 下载示例新闻APP，看更多精彩",
    ],
)
def test_a_decorated_promo_is_still_a_promo(line):
    lines = body_lines(line, "end")
    assert line not in lines
    assert all(paragraph in lines for paragraph in STORY)


@pytest.mark.parametrize("line", ["★ 关注天气变化，及时增减衣物", "> 他关注这个渔村已经五年了"])
def test_a_decorated_story_line_stays(line):
    assert line in body_lines(line, "middle")


def test_short_lines_a_toolbar_or_credit_opens_after_the_story_go():
    tail = ["责任编辑：何苗", "UP主：渔村小周", "渔村日记"]
    lines = extract_article(page([*STORY, *tail])).body.split("\n")
    assert lines == STORY


def test_a_short_closing_line_right_after_the_story_stays():
    lines = extract_article(page([*STORY, "渔村日记", "责任编辑：何苗"])).body.split("\n")
    assert lines == [*STORY, "渔村日记"]


def test_a_table_after_the_credit_stays():
    table = "<table><tr><td>鲈鱼 300斤</td></tr></table>"
    doc = page([*STORY, "责任编辑：何苗"], inside=table)
    assert "鲈鱼 300斤" in extract_article(doc).body.split("\n")
