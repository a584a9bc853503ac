"""Shapes seen on a random sample of real saved pages (issue 14, set R33: pages drawn by
seed from a public web-archive repository's news and portal folders), reduced to their
form with made-up outlets, people and wordings other than the set pages':

- a post's counters printed bare over the story, their icons lost ("512 37 4"): not a
  paragraph;
- a type-size toggle printed as "T大" beside the meta line: a button's face;
- a byline under the English word "by" and a colon ("by：X（Y工作室），motto"): the
  author, not the story's first paragraph;
- a reprint note opening with the page naming where it ran first ("本文首发“X”公众号，
  转载请…"): its quotes name an account, not anyone's words, so at the edge it goes;
- the editor's label with the person named ("责任编辑人：X"): the editor;
- a fact-check's checker credited under the verdict ("核 查 员：X（Y学院）");
- a media label alone on its line ("视频：", "视频画面：") over a player the saved page lost;
- a short heading closing the story with nothing of the story under it (a trailer's title
  over its embed).
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.counted_stamp import is_bare_counters
from snapcrawl.extract.empty_labels import is_media_label

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-lakeside.cn/life/2024/0518/7731.html"
STORY = [
    "湖畔社区的旧粮站改成了图书室，开门第一个周末就来了两百多位居民。",
    "图书室的书大多是居民捐的，管理员是一位退休的语文老师，她给每本书都包上了牛皮纸。",
    "孩子们最喜欢角落里的绘本区，家长们则常常在窗边的长桌上看报纸、聊家常。",
    "社区还打算在二楼开一间自习室，给附近准备考试的年轻人用，电费由街道承担。",
    "管理员说，书架上空出来的位置，还等着大家把家里读完的好书送过来。",
]


def _page(body: str, *, info: str = "2024-05-18 09:30 来源：湖畔晚报", after: str = "") -> str:
    return site_article(
        body,
        title="旧粮站变成了图书室",
        site="湖畔生活网",
        section=("/life/", "生活"),
        info=info,
        after=after,
    )


def test_bare_counters_over_the_story_are_no_paragraph() -> None:
    body = "<div class='stats'>512 37 4</div>" + _paras(STORY)
    article = extract_article(_page(body), URL)
    assert "512 37 4" not in article.body
    assert article.body.startswith(STORY[0])
    assert is_bare_counters("1,208 96 0")
    assert not is_bare_counters("共有 3 户")
    assert not is_bare_counters("512")  # one number alone is not a row of counters


def test_numbers_inside_the_story_stay() -> None:
    table = "2019 2020 2021"
    body = _paras(STORY[:3]) + f"<p>{table}</p>" + _paras(STORY[3:])
    article = extract_article(_page(body), URL)
    assert table in article.body  # below the first paragraph: the story's, whatever it is


def test_a_type_size_toggle_is_no_paragraph() -> None:
    info = "<span>2024-05-18</span> <span>湖畔晚报</span><ul><li>T大</li></ul>"
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert "T大" not in article.body


def test_a_by_colon_byline_is_the_author_not_the_story() -> None:
    byline = "by：林晓澄（北岸影像工作室），慢慢看见身边的人。"
    body = _paras([byline, *STORY])
    article = extract_article(_page(body), URL)
    assert byline not in article.body
    assert article.body.startswith(STORY[0])
    assert article.author == "林晓澄"


def test_a_first_ran_note_with_quotes_at_the_edge_goes() -> None:
    note = "本文首发“湖边读书会城市书房计划”微信公众号，转载请联系原作者。"
    article = extract_article(_page(_paras([*STORY, note])), URL)
    assert "本文首发" not in article.body
    assert article.body.endswith(STORY[-1])


def test_a_sentence_quoting_a_reprint_stays_inside_the_story() -> None:
    said = "管理员笑着说：“转载请联系原作者，这句话我们也贴在了每本手抄本的扉页上。”"
    body = _paras(STORY[:2]) + f"<p>{said}</p>" + _paras(STORY[2:])
    article = extract_article(_page(body), URL)
    assert said in article.body


def test_an_editor_label_with_its_person_word_names_the_editor() -> None:
    after = "<p>责任编辑人：周沐言 HB017</p>"
    article = extract_article(_page(_paras(STORY), after=after), URL)
    assert article.editor == "周沐言"
    assert "责任编辑人" not in article.body


def test_a_checkers_spaced_label_is_a_credit() -> None:
    credit = "核 查 员：宋一帆（湖畔学院新闻系）"
    article = extract_article(_page(_paras([*STORY, credit])), URL)
    assert "宋一帆" not in article.body
    assert article.body.endswith(STORY[-1])


def test_a_media_label_alone_is_no_paragraph() -> None:
    body = (
        _paras(STORY[:2])
        + "<p>视频：</p><div class='player'></div>"
        + _paras(STORY[2:])
        + "<p>视频画面：</p>"
    )
    article = extract_article(_page(body), URL)
    assert "视频：" not in article.body
    assert "视频画面" not in article.body
    for line in STORY:
        assert line in article.body
    assert is_media_label("现场视频：")
    assert not is_media_label("视频：湖畔社区图书室开门")  # a label with its caption
    assert not is_media_label("他说：")


def test_a_heading_closing_the_story_over_an_empty_embed_goes() -> None:
    body = _paras(STORY) + "<h3>《湖畔书声》前导预告片</h3><div class='embed'></div>"
    article = extract_article(_page(body), URL)
    assert "预告片" not in article.body
    assert article.body.endswith(STORY[-1])


def test_subheads_with_story_under_them_stay() -> None:
    body = _paras(STORY[:2]) + "<h3>二楼的自习室</h3>" + _paras(STORY[2:])
    article = extract_article(_page(body), URL)
    assert "二楼的自习室" in article.body


def test_a_robots_word_in_the_editors_label_names_no_one() -> None:
    after = "<p>责任编辑人：自动采集</p><p>编辑：韩若溪</p>"
    article = extract_article(_page(_paras(STORY), after=after), URL)
    assert article.editor == "韩若溪"
