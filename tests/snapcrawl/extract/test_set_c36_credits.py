"""Credit forms seen on real portal pages (issue 14, set C36: pages drawn by seed from a
public web-archive repository's portal and news folders, each with a credit line), reduced
to their form with made-up outlets, people and wordings other than the set pages':

- a reporter's byline with the name glued to the role and to the report word, any outlet's
  ("商报记者林晓报道", traditional "晚報記者陳明報導"), alone on its line over the story: the
  byline leaves the body and names the author; the same glued form closed by where the
  reporter filed from ("都市报记者林晓发自江城") is read for any outlet, not only 本报's;
- a health column's writers with their hospital or school, department and post around each
  name ("文/江城市人民医院骨科 赵立新主任医师", "撰文、圖/X大學附設醫院 復健科 A醫師、神經內
  科 B醫師"): the names are the author, without the workplace or the post.

Guards: a video's label with no person in it ("本报记者现场报道") names nobody; a place glued
to the name ("记者林晓江城报道") is not read as a longer name.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-jiangcheng.cn/news/2024/0611/8812.html"
STORY = [
    "江城东湖边的老码头改成了市民公园，周末一早就有人来这里钓鱼、散步。",
    "公园保留了码头上的两台旧吊机，刷上了新漆，成了孩子们最爱拍照的地方。",
    "附近的居民说，过去这里堆满了砂石，如今推开窗就能看到湖面和成片的柳树。",
    "管理处表示，下个月还会在湖边增设一段夜跑步道和几处饮水点。",
]


def _page(first: str | None = None, last: str | None = None, info: str = "") -> str:
    lines = ([first] if first else []) + STORY + ([last] if last else [])
    return site_article(
        _paras(lines),
        title="老码头变身市民公园",
        site="江城网",
        info=info or "2024-06-11 09:30 来源：江城商报",
    )


def _article(first: str | None = None, last: str | None = None):
    return extract_article(_page(first, last), URL)


def test_glued_report_byline_leaves_body_and_names_author():
    art = _article(first="商报记者林晓报道")
    assert "商报记者林晓报道" not in art.body
    assert art.body.split("\n")[0] == STORY[0]
    assert art.author == "林晓"


def test_glued_report_byline_in_traditional_script():
    art = _article(first="晚報記者陳明報導")
    assert "記者陳明" not in art.body
    assert art.author == "陳明"


def test_glued_byline_filed_from_any_outlet_names_author():
    art = _article(first="都市报记者林晓发自江城")
    assert "林晓发自" not in art.body
    assert art.author == "林晓"


def test_health_column_writer_with_workplace_and_post():
    art = _article(first="文/江城市人民医院骨科 赵立新主任医师")
    assert "赵立新" not in art.body
    assert art.author == "赵立新"


def test_two_doctors_each_with_department():
    credit = "撰文、圖/江城大學附設醫院 復健科 許文華醫師、神經內科 郭子健醫師"
    art = _article(first=credit)
    assert "許文華" not in art.body
    assert art.author == "許文華 郭子健"


def test_video_label_names_nobody():
    art = _article(first="本报记者现场报道")
    assert art.author != "现场"
    assert STORY[0] in art.body


def test_place_glued_to_name_is_not_a_longer_name():
    art = _article(first="记者林晓江城报道")
    assert art.author not in ("林晓江城", "林晓江")
