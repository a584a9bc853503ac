"""Credit lines in forms the earlier rounds' rules did not reach (session 26, issue 14).

Each form is known by what makes it a credit, not by the wording it was found in: the crafts
of a shoot (跟拍, 调色, 灯光) end in their own morphemes; a picture's label credits whatever
made the picture (配图：AI生成); a source's label may give a unit before a bar or an address;
a rule may close a credit as one opens it; a day may stand after a credit; a reporter may be
glued to the name with the place after a space, or stand alone behind the outlet's slash; a
bracketed note says who else worked on the story. Every line here is in a wording the rules
were not written from; each kind has lines that must stay.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract.article import extract_article
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.credit_shape import read_segments


@pytest.mark.parametrize(
    "text",
    [
        "灯光：邱明 道具：蒋涛 特效：万一鸣",  # crafts of a shoot, one row
        "运镜：施洋 调色：白露",
        "分镜：罗晨",
        "字幕：韩梅 音效：蔡林",
        "插图：AI绘制",  # a picture's label credits whatever made it
        "封面图来自：图虫创意",
        "题图来源：东方IC",
        "稿源：示例县融媒体中心 | 编辑：邵明",  # a source's label takes a unit before a bar
        "—— 文：陶然 / 图：许诺 ——",  # a rule closing the credit
        "~ 编辑：姜宁 ~",
        "本文来源：http://www.example.org/a/2024/0508/77.html",  # an address for its value
        "记者 韩冬 摄 2024年5月8日",  # the day after a picture's credit
        "記者陳立攝 112年10月2日",
        "记者韩冬 长春报道",  # the place after a space
        "經濟日報／ 記者林雅",  # the reporter alone behind the outlet's slash
        "（实习生罗一凡对本文亦有贡献）",  # who else worked on the story
        "（记者潘越参与报道）",
        "（孔祥、侯一鸣参与采写）",
    ],
)
def test_unseen_credit_forms_are_credits(text):
    assert is_credit(text)


@pytest.mark.parametrize(
    "text",
    [
        "技术：让老手艺焕发新生",  # a subhead: its value is no name
        "导演：程一鸣 主演：韩青 邵可",  # a film's cast, not the story's crew
        "主讲人：孔立新 主持人：蒋芳",
        "特效 技术",
        "首页 新闻 体育 娱乐 财经",
        "配图显示，新馆的外立面采用了可回收材料。",  # a sentence about a picture
        "详情请访问 https://www.example.org/a 了解报名方式。",
        "会议于 2024年3月5日",  # a day after no credit
        "记者王明 说",
        "学生们也参与了调查",  # a share in the story said of no named person
        "（市民参与采访）",
        "记者从市教育局获悉，今年全市将新增学位1.2万个。",
    ],
)
def test_the_same_words_in_prose_stay(text):
    assert not is_credit(text)


def test_a_unit_before_a_bar_is_its_labels_value():
    assert read_segments("信源：示例区融媒体中心 | 作者：钟灵") == (
        ("信源", ("示例区融媒体中心",)),
        ("作者", ("钟灵",)),
    )


_STORY = (
    "今年秋季学期，全市将新建、改扩建中小学和幼儿园46所，新增学位3.2万个，进一步缓解城区学位紧张问题。",
    "市教育局相关负责人介绍，新建学校将优先布局在人口流入较多的新城片区，同时推进集团化办学。",
    "为保障开学后教学质量，教育部门还通过公开招聘、跨区交流等方式补充教师1800余名。",
)


def _article(top: list[str], bottom: list[str]):
    paragraphs = "".join(f"<p>{text}</p>" for text in (*top, *_STORY, *bottom))
    html = (
        "<html><head><title>新学期 新学校_示例新闻网</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>'
        "<h1>新学期 新学校</h1><div>2024-06-12 09:30 来源：示例新闻网</div>"
        f'<div class="article">{paragraphs}</div>'
        '<div class="footer">关于我们 | 联系我们</div></body></html>'
    )
    return extract_article(html, "https://news.example.cn/a/1.html")


@pytest.mark.parametrize(
    ("top", "bottom", "author", "editor"),
    [
        # the outlet under the first label, the writer under a later one of the same line
        (["文 | 界面新闻 APP，作者 | 宋柯"], [], "宋柯", None),
        # a writer's label of its own in a line that credits a picture first
        (["图源｜视觉中国 撰文｜庄严"], [], "庄严", None),
        (["文图/慕容雪"], [], "慕容雪", None),  # the writer who took the pictures too
        (["记者韩冬 长春报道"], [], "韩冬", None),
        (["經濟日報／ 記者林雅"], [], "林雅", None),
        ([], ["—— 采写：唐宁 / 摄影：严峻 ——"], "唐宁", None),
        ([], ["Reporting: Chen Yu; Photos: Liu Ke"], "Chen Yu", None),
        ([], ["选稿：邵华"], None, "邵华"),  # the editor who chose the story
        ([], ["选稿：邵华 编辑：葛青"], None, "葛青"),  # an editor named as such comes first
    ],
)
def test_readers_take_the_writer_and_the_editor(top, bottom, author, editor):
    article = _article(top, bottom)
    assert article.author == author
    assert article.editor == editor
    assert not set(top + bottom) & set(article.paragraphs)
