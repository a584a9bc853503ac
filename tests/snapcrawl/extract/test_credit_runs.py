"""Credit lines told by their shape (set H, made up for this test before the rules were
written): crews with qualified roles, bylines naming the outlet before each role, a
platform's column before the credit, handles, datelines that carry only their credit, wire
bylines glued to the dateline, English credit rows and lists, an end marker after the
credit; and the story's lines that look like them: sentences about reporters, editors and
designers, a dateline with the story's first sentence, interview turns, subheads, slogans
and English prose opening with "By"."""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.credit_runs import credit_run
from snapcrawl.extract.credit_shape import credit_by_form
from snapcrawl.extract.english_credits import english_credit

from .conftest import ORCHARD_STORY, orchard_body_with
from .conftest import orchard_page as page

CREDITS = [
    # a crew: roles qualified by a desk, one line, several separators
    "设计制作：黄鹂",
    "视觉设计：宁远；动画制作：叶落；后期：秋实",
    "原文作者：Tom Smith 编译：李玲",
    "【摄影】周平",
    # the outlet before each role, or the platform's column before the credit
    "光明日报记者 张胜 光明日报通讯员 于明",
    "北京日报客户端 | 记者 刘苏雅",
    "澎湃号·湃客 作者：林深",
    "观察者网 文/熊超然",
    "【文/观察者网 王世纯 编辑/高莘】",
    "文 / 36氪 李小佳",
    "文并摄 记者 郭星",
    "转载自 | 示例科技评论",
    # a handle for a name
    "UP主：示例阿伟",
    "UP主 | 老番茄同款",
    # a dateline with only its credit; a wire byline glued to its dateline
    "新华社北京12月3日电 记者周琳",
    "新华社华盛顿12月2日电（记者 熊茂伶）",
    "新华社北京12月3日电（记者王立彬、于文静）",
    "人民网北京12月3日电 （记者李昕）",
    "南方日报讯 （记者/吴凯 通讯员/粤宣）",
    "中国青年报客户端北京12月3日电（中青报·中青网记者 李若一）",
    "本报杭州12月3日电 （记者 江南 通讯员 钱塘）",
    "中央社記者林志明台北3日電",
    "〔記者王小明／台北報導〕",
    "記者林志明／台北報導",
    # an end marker glued after the credit
    "（记者 宋清 张云）（完）",
    # English
    "By Jane Doe and John Smith",
    "By Jane Doe, Staff Reporter",
    "By CGTN's Liu Jing",
    "BY DAVID CHEN",
    "Written by: Maria Chen",
    "Photo: Chen Hao/China Daily",
    "Editor: Li Hua | Designer: Zhou Ning",
    "Writer: Zhao Lei  Editor: Qian Kun",
    "Reporting by Li Qing in Beijing; Additional reporting by Zhang Wei in Shanghai; "
    "Editing by Tom Hogue",
    # roles read before a colon (set K, session 24): proofreading stages, a broadcast's
    # crew, the field and the drafting, a school's or a government site's filer
    "一校：林木 二校：周远 三校：宋禾",
    "编校：贺一",
    "统稿：方舟　审定：叶青",
    "航拍：海涛　制图：柯南",
    "出镜：白鹭　摄像：江帆　后期：秦川",
    "主播：夏雨　导播：冬雪",
    "朗读：晨曦 | 录音：暮云",
    "漫画：青禾 | 手绘：麦穗",
    "调研：苏晴 执笔：邵阳",
    "信息员：骆驼 审核：钱塘",
    "指导老师：严冬",
    # the outlet behind its slash before a wire byline; a special dispatch; a reporter
    # glued to the names after another role
    "【海港時報／記者林小雨／海港即時報導】",
    "（中央社記者陳大文高雄9日專電）",
    "文／記者林小雨　攝影／陳大文",
]

STORY = [
    "记者王强在现场看到，不少市民排起了长队。",
    "“这个设计是我们团队花了三个月完成的。”设计师刘洋说。",
    "统筹推进城乡融合发展是今年的重点任务之一。",
    "策划：从一个想法到一场展览",
    "新华社北京12月3日电 国家统计局3日发布数据显示，11月份全国居民消费价格同比上涨0.2%。",
    "本报北京12月3日电（记者 王强）国务院新闻办公室3日举行新闻发布会，介绍有关情况。",
    "记者：今年的收成怎么样？",
    "一、策划先行",
    "01 编辑的一天",
    "记者手记：在雪域高原的七天",
    "UP主们纷纷发布视频参与挑战。",
    "36氪获悉，示例科技已于近日完成数亿元B轮融资。",
    "界面新闻记者查询发现，该公司成立于2015年。",
    "发自上海的列车因大雾晚点两个小时。",
    "设计：金属机身",
    "精心策划 周密部署",
    "By comparison, the older model sold only 2,000 units last year.",
    "By 2030, the city plans to plant one million trees.",
    "By Friday, the river had risen another two metres.",
    "Reporting from the front line, she saw the damage first-hand.",
    "Editing a newspaper is hard work, he said.",
    "BY THE NUMBERS",
    "By Design",
    # (set K) the new roles' words in sentences, and a court's instances
    "一校一策，因地制宜推进改革。",
    "航拍画面显示，洪水已漫过河堤。",
    "主播小李每天直播四个小时，帮村民卖出上万斤苹果。",
    "终审判决维持原判，驳回上诉。",
    "二审法院认为，一审判决认定事实清楚。",
    "指导老师王芳说，孩子们的进步很大。",
    "调研：走访农户二十余家",
    "記者會上，發言人表示將持續關注。",
]


@pytest.mark.parametrize("text", CREDITS)
def test_credit_shapes_are_credits(text):
    assert is_credit(text)


@pytest.mark.parametrize("text", STORY)
def test_story_lines_are_not_credits(text):
    assert not is_credit(text)


@pytest.mark.parametrize("where", [0, 3, 6])
@pytest.mark.parametrize("text", CREDITS)
def test_credit_shapes_leave_the_body_wherever_they_stand(text, where):
    body = orchard_body_with(text, where)
    assert text not in body
    assert all(p in body for p in ORCHARD_STORY)


@pytest.mark.parametrize("where", [0, 3, 6])
@pytest.mark.parametrize("text", STORY)
def test_story_lines_stay_in_the_body(text, where):
    body = orchard_body_with(text, where)
    assert text in body


def test_a_crew_block_leaves_the_body_line_by_line():
    crew = ["总策划：孙立", "执行策划：马克", "文案：方圆", "设计制作：黄鹂"]
    body = extract_article(page([*ORCHARD_STORY, *crew])).body.split("\n")
    assert body == ORCHARD_STORY


def test_a_run_needs_names_after_each_role():
    assert credit_run("光明日报记者 张胜 光明日报通讯员 于明")
    assert not credit_run("光明日报记者 张胜 光明日报通讯员 走访了十余家养老机构")
    assert not credit_run("加强统筹 狠抓落实")  # a slogan: no outlet before the role
    assert not credit_run("新华社北京12月3日电")  # a dateline with no credit after it


def test_english_rows_split_only_into_credits():
    assert english_credit("Editor: Li Hua | Designer: Zhou Ning")
    assert not english_credit("Editor: Li Hua | the design was new")
    assert not english_credit("Reporting by Li Qing; editing was quick")


def test_the_names_of_a_dateline_credit_reach_the_author():
    paragraphs = [*ORCHARD_STORY, "新华社华盛顿12月2日电（记者 熊茂伶）"]
    article = extract_article(page(paragraphs))
    assert "熊茂伶" in (article.author or "")


@pytest.mark.parametrize(
    ("credit", "author", "editor"),
    [
        ("中央社記者林志明台北3日電", "林志明", None),
        ("光明日报记者 张胜 光明日报通讯员 于明", "张胜", None),
        ("【文/观察者网 王世纯 编辑/高莘】", "王世纯", "高莘"),
        ("Edited by Alex Wong and Mary Lee", None, "Alex Wong and Mary Lee"),
        ("【海港時報／記者林小雨／海港即時報導】", "林小雨", None),
        ("（中央社記者陳大文高雄9日專電）", "陳大文", None),
    ],
)
def test_names_of_credits_told_by_shape_reach_the_readers(credit, author, editor):
    article = extract_article(page([*ORCHARD_STORY, credit]))
    assert (article.author, article.editor) == (author, editor)


def test_every_word_the_patterns_need_passes_the_gate():
    """The gate (one trie scan) may skip only lines no pattern could match: every role,
    account and taken-from word of the patterns holds a gate word."""
    from snapcrawl.extract import credit_runs

    words = (
        *credit_runs._ROLE_WORDS,
        *credit_runs._COLON_ROLE_WORDS,
        *credit_runs._ACCOUNT_WORDS,
        *("转载自", "转载于", "转自"),
    )
    assert all(credit_runs._ROLE_GATE.search(word) for word in words)
    assert not credit_runs._ROLE_GATE.search("入秋以来山区果园迎来采摘旺季")


# Credit lines told by their form alone (credit_shape, set N of session 25, our own text):
# labels nobody listed, ending in a role's morpheme; marks and brackets around them; names
# before their role; a unit credited for the piece.
FORM_CREDITS = [
    "海报设计：许青禾",
    "剪辑 | 邓子墨  配音 | 程一诺",
    "撰稿人：韩秋 审稿人：邵远",
    "讲述人：孔大伯 记录：蒋小雨",  # an unknown label beside a role
    "✎ 作者：墨白",  # a mark before the label; a pen name after a writer's role
    "＜记者 钟鸣＞",
    "（记者程远 通讯员叶舟 实习生高原）",  # the roles glued to the names, in brackets
    "（孟涛 摄 / 新华社）",
    "供稿单位：示例区教育局",
    "（示例县融媒体中心供稿）",
    "Text: 韩秋 | Photo: 邵远 | Editor: 钟鸣",
    "数据：蒋小雨 制图：邓子墨",
    "二审：许青禾 终审：程一诺",
]
# The same form around what is not a credit: an agenda, a film's cast, a court's verdict,
# a prize list, a sentence about an editor, a product's maker.
FORM_STORY = [
    "主讲人：孔立新 主持人：蒋芳",
    "导演：程一鸣 主演：韩青 邵可",
    "获奖名单：许青、邓娜、程磊、叶洋",
    "我们的编辑 钟鸣说",
    "监制单位：示例市市场监督管理局",
    "模特提供：示例模特公司",  # a sponsor's line, not the piece's credit
]
# Values no name has the shape of: not credits by form (the label rules of credit_lines
# still take "审核：X" and "设计 X" for credits, whatever X is).
FORM_NOT_NAMES = [
    "二审：维持原判",
    "一审：败诉 二审：胜诉",
    "设计 理念",
    "审核：通过",
    "作者：很好",
]


@pytest.mark.parametrize("text", FORM_CREDITS)
def test_credits_told_by_form_are_credits(text):
    assert is_credit(text)
    assert text not in orchard_body_with(text, 6)


@pytest.mark.parametrize("text", FORM_STORY)
def test_the_same_form_around_story_lines_stays(text):
    assert not is_credit(text)
    assert text in orchard_body_with(text, 6)


@pytest.mark.parametrize(
    ("credit", "author", "editor"),
    [
        ("特约撰稿 | 许青禾", "许青禾", None),
        ("撰稿：韩秋 | 摄像：邵远 | 后期：钟鸣", "韩秋", None),
        ("◎ 南都记者 程远 实习生 叶舟", "程远", None),
        ("Text: 韩秋 | Photo: 邵远 | Editor: 钟鸣", "韩秋", "钟鸣"),
        ("本期编辑 蒋小雨", None, "蒋小雨"),
    ],
)
def test_credits_told_by_form_name_the_author_and_the_editor(credit, author, editor):
    for paragraphs in ([*ORCHARD_STORY, credit], [credit, *ORCHARD_STORY]):
        article = extract_article(page(paragraphs))
        assert (article.author, article.editor) == (author, editor)
        assert credit not in article.body.split("\n")


@pytest.mark.parametrize("text", FORM_NOT_NAMES)
def test_a_form_needs_names_shaped_like_names(text):
    assert not credit_by_form(text)
