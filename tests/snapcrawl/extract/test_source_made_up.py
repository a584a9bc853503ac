"""The story's outlet on layouts and wordings the rules were not written from (issue 14).

A part of set S, made-up pages written to measure how the source readers generalise (the
outlets, places and the story about a park are invented): where the credit stands (the
meta line, a label split from its value, an info table, the story's first words, its last
line), how it is worded (spaced labels, 摘自/选自, issuer labels, 《X》, Latin names, datelines
such as 新华社北京3月2日电 or 【X消息】, sign-offs such as （X） or 文/X), and near misses
that name an outlet that is not the story's: a picture's caption, a related list, a
comment widget, a noun ending in 来源 (资金来源). Near misses give no outlet, or keep the
story's own.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.according_to import dateline_outlet, signoff_outlet
from snapcrawl.extract.issuer_lines import issuer_source
from snapcrawl.extract.source_lines import labeled_source, outlet_token

TITLE = "老城公园完成改造重新开放"
STORY = [
    "经过十个月的施工，位于老城区北侧的滨河公园近日完成改造并重新向市民开放。改造后的公园新增了两条环形步道和一处儿童游乐区，原有的古树全部原地保留。",
    "施工方负责人介绍，这次改造坚持少拆多补的原则，园内七成以上的铺装材料来自旧园路的回收石板，既节约了成本，也保留了老公园的样子。",
    "开园当天，不少附近居民一早就来散步。家住隔壁小区的退休教师说，以前下雨天园路积水严重，现在排水改好了，雨后也能出来走走。",
    "园方表示，下一步还将在东门附近增设自行车停放点，并在夜间开放部分照明区域，方便下班较晚的市民锻炼。",
]
WHEN = "2026-03-02 09:15"


def page(
    meta: str = "",
    *,
    above: str = "",
    first: str = "",
    after_first: str = "",
    mid: str = "",
    last: str = "",
    side: str = "",
    head: str = "",
) -> str:
    paragraphs = [f"<p>{first}{STORY[0]}</p>", f"<p>{STORY[1]}</p>", after_first, mid]
    paragraphs += [f"<p>{text}</p>" for text in STORY[2:]]
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}_晨光资讯网</title>{head}</head>"
        "<body><div class='nav'><a href='/'>首页</a> <a href='/news'>新闻</a></div>"
        f"{above}<div class='article'><h1>{TITLE}</h1>{meta}"
        f"<div class='content'>{''.join(paragraphs)}</div>{last}</div>{side}"
        "<div class='footer'><a href='/about'>关于我们</a> | <a href='/c'>联系我们</a></div>"
        "</body></html>"
    )


def info(text: str) -> str:
    return f"<div class='info'>{text}</div>"


CREDITED = {
    "spaced label in its own element": (page(info("<i>来 源：</i><i>青禾网</i>")), "青禾网"),
    "摘自": (page(info(f"{WHEN} 摘自：山海经济报")), "山海经济报"),
    "选自 a magazine's issue": (page(info("选自：《读书月刊》2026年第3期")), "读书月刊"),
    "book marks round the value": (page(info(f"{WHEN} 来源：《东岳法治报》")), "东岳法治报"),
    "a Latin name over its spaces": (
        page(info(f"{WHEN} 来源：Pacific Tech Review 作者：Lin")),
        "Pacific Tech Review",
    ),
    "供稿单位": (page(info(f"供稿单位：县教育局 {WHEN}")), "县教育局"),
    "出品": (page(info(f"出品：远望工作室 {WHEN}")), "远望工作室"),
    "info table cell alone": (
        page(
            side="<table><tr><td>来源</td><td>县统计局</td></tr><tr><td>发布日期</td>"
            "<td>2026-03-02</td></tr></table>"
        ),
        "县统计局",
    ),
    "issuer label in a gov table": (
        page(
            above="<table class='xxgk'><tr><td>索引号：</td><td>11000-2026-0012</td>"
            "<td>发布机构：</td><td>市生态环境局</td></tr></table>"
        ),
        "市生态环境局",
    ),
    "dateline with place and date": (page(first="新华社北京3月2日电（记者 孙悦）"), "新华社"),
    "【X消息】": (page(first="【环球网消息】"), "环球网"),
    "X讯（记者）": (page(first="南岭晚报讯（记者 刘伟 通讯员 陈晨）"), "南岭晚报"),
    "bracketed outlet signing off": (page(last="<p>（北辰日报）</p>"), "北辰日报"),
    "文/outlet signing off": (page(last="<p>文/东城晚报</p>"), "东城晚报"),
    "来源/X": (page(info(f"{WHEN} 来源/海港日报")), "海港日报"),
    "story's source beside a picture credit": (
        page(info(f"{WHEN} 来源：临江日报"), after_first="<p>图片来源：视觉中国</p>"),
        "临江日报",
    ),
    "story's source beside a related list": (
        page(
            info(f"{WHEN} 来源：南岭晚报"),
            side="<ul><li><a href='/1'>城区新增停车位</a> 来源：东海新闻网</li>"
            "<li><a href='/2'>地铁试运行</a> 来源：江城晨报</li></ul>",
        ),
        "南岭晚报",
    ),
    # session 24 (o24): label words set off by a space, English labels, bracketed
    # datelines that name their reporter, an account's ID after its name, an author tag
    "来源于 set off by a space": (page(info(f"{WHEN} 来源于 青禾网")), "青禾网"),
    "转自 set off by a space": (page(info(f"{WHEN} 转自 山海经济报")), "山海经济报"),
    "Source: on an English-language page": (
        page(info(f"Source: Harbor Daily | Updated: {WHEN}")),
        "Harbor Daily",
    ),
    "Source: then Published:": (
        page(info("Source: Harbor Times Published: 2026/3/2 09:15:00")),
        "Harbor Times",
    ),
    "【X报道 记者 Y】": (page(first="【南岭网报道 记者 刘伟】"), "南岭网"),
    "an English wire dateline": (page(first="BEIJING, March 2 (Xinhua) -- "), "Xinhua"),
    "公众号 name before its ID": (
        page(last="<p>本文来自微信公众号：远山财经（ID：yscj2026），作者：林木</p>"),
        "远山财经",
    ),
    "a meta line's reporter credit, X记者 | Y": (
        page(info(f"东岳新闻记者 | 刘伟 {WHEN}")),
        "东岳新闻",
    ),
    "本文来自：X新闻 after the story (not a list heading)": (
        page(last="<div class='foot'>本文来自：东岳新闻</div>"),
        "东岳新闻",
    ),
    "a wire dateline under a photo's caption": (
        page(
            info(WHEN),
            first="<img src='a.jpg'>濱河公園改造後重新開放。（東岳社記者劉偉攝　115年3月2日）</p>"
            "<p>（東岳社記者劉偉濱江2日電）",
        ),
        "東岳社",
    ),
    "an author tag naming the reporter's outlet": (
        page(head="<meta name='author' content='北辰日报记者 王林'>"),
        "北辰日报",
    ),
}


EN_STORY = [
    "The riverside park in the old town reopened this week after ten months of work, with two new "
    "walking loops and a playground. All of its old trees were kept where they stood.",
    "The builder said most of the paving came from the stones of the old paths, which saved money "
    "and kept the look of the old park.",
    "Residents came early on the first day. A retired teacher said the paths no longer flood after "
    "rain, so she can walk there all year.",
]


def english_page(meta: str = "", first: str = "") -> str:
    paragraphs = "".join(f"<p>{first if i == 0 else ''}{p}</p>" for i, p in enumerate(EN_STORY))
    return (
        "<html lang='en'><head><meta charset='utf-8'><title>Old town park reopens</title></head>"
        "<body><div class='nav'><a href='/'>Home</a> <a href='/china'>China</a></div>"
        f"<div class='article'><h1>Old town park reopens</h1><div class='info'>{meta}</div>"
        f"<div class='content'>{paragraphs}</div></div></body></html>"
    )


CREDITED["an English page's wire dateline"] = (
    english_page("2026-03-02 09:15", first="BINJIANG, March 2 (Xinhua) -- "),
    "Xinhua",
)
CREDITED["an English page's Source: label"] = (
    english_page("Source: Harbor Daily | Updated: 2026-03-02 09:15"),
    "Harbor Daily",
)


@pytest.mark.parametrize("name", CREDITED)
def test_the_credited_outlet_is_read(name: str) -> None:
    html, outlet = CREDITED[name]
    assert extract_article(html, "https://news.example.cn/a/1.html").source == outlet


NEAR_MISSES = {
    "a picture's caption in a figure": page(
        after_first="<figure><img src='b.jpg'><figcaption>来源：图虫创意</figcaption></figure>"
    ),
    "a related list's sources": page(
        side="<div class='related'><h3>相关阅读</h3><ul><li><a href='/1'>停车位增加</a> "
        "来源：东海新闻网</li><li><a href='/2'>地铁试运行</a> 来源：江城晨报</li></ul></div>"
    ),
    "one related card with a link": page(
        side="<ul><li><a href='/3'>秋收进度过半</a> 来源：江南时报</li></ul>"
    ),
    "a comment widget": page(
        side="<div class='comments'><div>网友：好事！ 来源：手机客户端</div>"
        "<div>网友：点赞 来源：网页版</div></div>"
    ),
    "资金来源 in the story": page(mid="<p>项目资金来源：一是市级财政补助，二是社会资本投入。</p>"),
    "资金来源 as a short line": page(mid="<p>资金来源：财政拨款</p>"),
    "据X此前报道 in the story": page(
        mid="<p>据南岭晚报此前报道，该项目曾因资金问题一度停工，后经协调才得以复工。</p>"
    ),
    "a headline saying 快讯": page(first="【新闻快讯】"),
    "本报讯 with no paper named": page(first="本报讯（记者 王五）"),
    "a user name at an issuer label": page(info(f"{WHEN} 发布者：管理员")),
    "a reporter's contribution note": page(last="<p>（北辰日报记者王林对本文亦有贡献）</p>"),
    "Photo Source: on the meta line": page(info(f"{WHEN} Photo Source: Harbor Images")),
    "视频来源 on the meta line": page(info(f"{WHEN} 视频来源：青禾网")),
    "消息来源称 in a sentence": page(
        mid="<p>消息来源称，园方还计划在明年增设一处室内展厅，但具体时间尚未确定。</p>"
    ),
    "a reporter's name after 记者 on the meta line": page(info(f"{WHEN} 记者 刘伟")),
    "Photo source: on an English page": english_page("2026-03-02 Photo Source: Harbor Images"),
}


@pytest.mark.parametrize("name", NEAR_MISSES)
def test_near_misses_give_no_outlet(name: str) -> None:
    assert extract_article(NEAR_MISSES[name], "https://news.example.cn/a/2.html").source is None


def test_label_normaliser_and_value_cleaner() -> None:
    assert labeled_source("来　源：青禾网") == "青禾网"
    assert labeled_source("转载来源：海港网") == "海港网"  # a word for writing before 来源
    assert labeled_source("作者：张三来源：新华社") == "新华社"  # glued after a label's value
    assert labeled_source("数据来源：国家统计局") is None
    assert outlet_token("IT之家 2026-03-02") == "IT之家"
    assert outlet_token("Image Credit: Credo Technology") is None
    assert labeled_source("2026-03-02 09:15 来源于 青禾网") == "青禾网"
    assert labeled_source("Source: Harbor Daily | Updated: 2026-03-02") == "Harbor Daily"
    assert labeled_source("Datasource: city records") is None
    assert outlet_token("海港日报驻京记者") == "海港日报"
    assert labeled_source("Image source: Harbor Images") is None


def test_datelines_sign_offs_and_issuers() -> None:
    assert dateline_outlet("（中央社記者王小明台北3日電）大会今天开幕。") == "中央社"
    assert dateline_outlet("新华社快讯：大会今天开幕。") == "新华社"
    assert dateline_outlet("国家电网公司近日宣布") is None
    assert signoff_outlet("文/王林") is None
    assert signoff_outlet("（完）") is None
    assert signoff_outlet("（北辰日报记者王林对本文亦有贡献）") is None
    assert dateline_outlet("【南岭网报道 记者 刘伟】大会今天开幕。") == "南岭网"
    assert dateline_outlet("BEIJING, March 2 (Xinhua) -- The park reopened.") == "Xinhua"
    assert dateline_outlet("(Reuters) -- The park reopened.") == "Reuters"
    assert dateline_outlet("The park (North Gate) -- reopened.") is None
    assert issuer_source("发布者：市卫生健康委员会") == "市卫生健康委员会"
    assert issuer_source("发布者：admin") is None
