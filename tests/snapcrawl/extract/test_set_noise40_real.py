"""Host text that survived in bodies of real pages (issue 14, session 40, h-noise3), found by
scanning our bodies' edges over the webpage_archive pool (transTerminus/webpage_archive commit
f987f5e, raw/):

- a self-media post closing by asking the reader to press WeChat's "在看" button ("点个“在看”，
  尊重每个人的选择。"), then its note that the people in it go by other names. An ask to press
  the post's buttons (follow, 在看, 星标: button_asks.is_button_ask) is a promo at the body's
  edge; it goes inline, as a promo does, and cuts nothing: the note under it stays. Reduced
  copy: tests/fixtures/extract/real_noise40/sohu_story_over_zaikan_ask_and_pseudonym_note.html
  (raw/sohu.com/www_接受变性手术之后的六年_-_搜狐.html);
- a post closing by asking the reader to follow its account, named in quotes ("原创不易，请大家
  点赞关注“日本创业君KRIS”，…"): the quoted name made the ask read as someone's words. The
  account's name quoted after the ask is a name (post_appeals.is_follow_ask). Reduced copy:
  tests/fixtures/extract/real_noise40/netease_story_over_follow_ask_with_quoted_account.html
  (raw/163.com/www_日本人评选的十大性别转换漫画_-_网易.html);
- a portal's way-back link ("返回搜狐，查看更多") glued after a credit or a story's clause that
  does not end on a full stop ("编辑：田园、蒙小度返回搜狐…", "…陈耀明敢作敢当，返回搜狐…"): it was
  dropped only after a finished sentence or a long line, so the line kept the link (and a
  credit was not read). A clause's or a label's mark before it (，：《》【】…) now drops it too
  (way_back.py); a caption's or a box label's few words with no mark still go whole. Reduced
  copy: tests/fixtures/extract/real_noise40/sohu_editor_credit_glued_to_way_back_link.html
  (raw/sohu.com/www_跨性别人群可以通过后天干预改变吗？_-_搜狐.html);
- a portal's 热门推荐 box under the story (div.most-read): its cards went, its title row (the
  first headline and the box's 收起 button) stayed as the body's last line. "most" names a
  ranking box ("most-read", "mostViewed", "most_popular") as "hot" and "rank" do
  (vocab.NOISE_CLASS_TOKENS). Reduced copy:
  tests/fixtures/extract/real_noise40/sina_story_over_most_read_box_title_row.html
  (raw/sina.cn/finance_对阵中国拳手的哈利夫，再陷跨性别争议：出生记录为女孩，带有_.html);
- a self-media post opening with its account's thanks for following and its promise of more
  ("感谢大家的关注和订阅，将持续更新有意义的文章"): the account to its reader, not the story
  (post_appeals.is_reader_thanks), at the body's edge, inline as the button asks. Reduced copy:
  tests/fixtures/extract/real_noise40/netease_thanks_for_following_over_story.html
  (raw/163.com/www_心理学家：造成异装癖的3种原因，第3种很多人都曾有过_-_网易.html);
- a writer's credit with the writer's own handle after the name ("文|此时君（id：yiqikanshu）"):
  the handle says nothing the credit's shape needs (credit_affiliations), so the line is a
  credit, not the story's first line. Reduced copy:
  tests/fixtures/extract/real_noise40/sohu_writer_credit_with_handle_after_name.html
  (raw/sohu.com/www_当年的“国民女婿”被封杀5年，想复出却再遭抵制，他到底得罪了谁？.html);
- the outlet describing itself under the story ("“科普中国”是中国科协…的科学权威品牌。"): the
  last paragraph opens with the page's own source (or part of its name) and says what it is
  (own_blurb.py). Reduced copy:
  tests/fixtures/extract/real_noise40/sohu_story_over_outlets_description_of_itself.html
  (raw/sohu.com/www_身边的变性人：他们其实患上了易性病_-_搜狐.html).

Each has wordings of the same kind not taken from the pages, and story text of the same words
that stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.button_asks import is_button_ask
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.dom import is_noise_names
from snapcrawl.extract.own_blurb import own_blurb_tail
from snapcrawl.extract.post_appeals import is_follow_ask, is_reader_thanks
from tests.snapcrawl.extract.lakeside_story import STORY, URL, story_page

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_noise40"


def test_an_ask_to_press_zaikan_goes_and_the_note_under_it_stays() -> None:
    raw = (FIXTURES / "sohu_story_over_zaikan_ask_and_pseudonym_note.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "接受变性手术之后的六年"
    assert article.paragraphs[0].startswith("MTF群体（Male-to-Female）")
    assert article.paragraphs[-2].startswith("至少目前来看，林尧和父母这场战争")
    assert article.paragraphs[-1] == "（文中所有受访者均为化名）"
    assert "在看" not in article.body


@pytest.mark.parametrize(
    "ask",
    [
        "觉得有收获，就点一下右下角的「在看」吧。",
        "喜欢的朋友，记得把“湖滨夜话”设为星标，每晚准时见。",
        "点击上方蓝字“湖滨日报”一键关注！",
        "转发、收藏、在看、关注~",
    ],
)
def test_asks_to_press_the_posts_buttons_in_other_words(ask: str) -> None:
    assert is_button_ask(ask)
    assert extract_article(story_page(*STORY, ask), URL).paragraphs == STORY
    assert extract_article(story_page(ask, *STORY), URL).paragraphs == STORY


def test_buttons_the_story_speaks_of_stay() -> None:
    told = (
        "公交集团将重点关注末班车的客流变化。",
        "不少乘客在公交集团的公众号文章下点赞、加关注，希望延时线路长期保留。",
    )
    assert extract_article(story_page(*STORY, *told), URL).paragraphs == (*STORY, *told)
    for line in (*told, "用户可以点击关注按钮。", "他的邮箱里有一封星标邮件，很受欢迎。"):
        assert not is_button_ask(line)
    assert not is_button_ask("他在看守所里写道：“请大家关注我们的诉求，这件事不能就这样算了。”")


def test_a_follow_ask_naming_its_account_in_quotes_goes() -> None:
    raw = (FIXTURES / "netease_story_over_follow_ask_with_quoted_account.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "日本人评选的十大性别转换漫画"
    assert article.paragraphs[-1] == "30.洗牌学园（秋田书店，作者：堀雄介）"
    assert "关注" not in article.body
    assert article.source == "日本创业君KRIS"


def test_a_follow_ask_naming_its_account_in_other_words() -> None:
    for ask in (
        "写作不易，欢迎各位关注「湖滨夜话」，每晚为你讲一个城市故事。",
        "欢迎关注夜行小记，每周更新城市夜生活~",
        "觉得有意思的话，请关注支持一下哦！",
    ):
        assert is_follow_ask(ask), ask
        assert extract_article(story_page(*STORY, ask), URL).paragraphs == STORY
    # someone's words in quotes stay speech
    assert not is_follow_ask("站长说：“请大家关注我们，我们会把这件事一直跟下去。”")


def test_a_way_back_link_glued_to_an_editor_credit_goes_and_the_credit_is_read() -> None:
    raw = (FIXTURES / "sohu_editor_credit_glued_to_way_back_link.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "跨性别人群可以通过后天干预改变吗？"
    assert article.paragraphs[-1].startswith("面对跨性别者，我们要明白")
    assert "返回搜狐" not in article.body
    assert article.editor == "田园、蒙小度"


def _portal(last: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return story_page().replace(
        "<div class='text'></div>",
        f"<div class='text'>{body}<p>{last}<a href='https://www.lakeside-daily.example.cn/'"
        " title='进入首页'>返回湖滨网，查看更多</a></p></div>",
    )


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        ("不过，末班车的准点率还有待观察，", "不过，末班车的准点率还有待观察，"),
        ("说到底，夜里能坐上车才是最要紧的……", "说到底，夜里能坐上车才是最要紧的……"),
        ("【本文转载自：湖滨夜话】", None),
    ],
)
def test_a_way_back_link_after_a_clause_or_a_label_in_other_words(
    last: str, kept: str | None
) -> None:
    article = extract_article(_portal(last), URL)
    assert "返回湖滨网" not in article.body
    assert article.paragraphs == ((*STORY, kept) if kept else STORY)


def test_a_caption_glued_to_a_way_back_link_still_goes_whole() -> None:
    article = extract_article(_portal("老城区的夜班车站"), URL)
    assert article.paragraphs == STORY


def test_a_most_read_boxs_title_row_under_the_story_goes() -> None:
    raw = (FIXTURES / "sina_story_over_most_read_box_title_row.html").read_bytes()
    article = extract_article(raw, None)
    assert article.paragraphs[-1].startswith("所有运动员都渴望比赛的公平")
    assert "收起" not in article.body
    assert "热门推荐" not in article.body
    assert article.source == "时代周报-时代在线"


@pytest.mark.parametrize(
    ("class_", "id_"), [("mostViewed", None), (None, "most_popular"), ("box most-shared", None)]
)
def test_a_ranking_box_named_most_in_other_words_is_furniture(
    class_: str | None, id_: str | None
) -> None:
    assert is_noise_names(class_, id_)


def test_a_story_in_a_box_whose_name_only_holds_most_stays() -> None:
    assert not is_noise_names("text utmost-care", None)
    html = story_page(*STORY).replace("<div class='text'>", "<div class='text utmost-care'>")
    assert extract_article(html, URL).paragraphs == STORY


def test_the_accounts_thanks_for_following_over_the_story_goes() -> None:
    raw = (FIXTURES / "netease_thanks_for_following_over_story.html").read_bytes()
    article = extract_article(raw, None)
    assert article.paragraphs[0].startswith("异装癖又被称之为异性装扮癖")
    assert "感谢" not in article.body
    assert len(article.paragraphs) == 8
    assert article.paragraphs[-1].startswith("异装癖一般会在5-14岁萌生")


@pytest.mark.parametrize(
    "thanks",
    ["谢谢各位的订阅与支持，我们会继续推送好文。", "今天的内容就到这里，感谢您的观看！"],
)
def test_the_accounts_thanks_in_other_words(thanks: str) -> None:
    assert is_reader_thanks(thanks)
    assert extract_article(story_page(*STORY, thanks), URL).paragraphs == STORY
    assert extract_article(story_page(thanks, *STORY), URL).paragraphs == STORY


def test_thanks_the_story_reports_stay() -> None:
    told = "公交集团感谢市民的支持和理解。下一步，夜班线路还将增加班次。"
    assert not is_reader_thanks(told)
    assert not is_reader_thanks("感谢所有乘客的支持和关注。作为公交司机，夜班的辛苦只有自己知道。")
    assert extract_article(story_page(*STORY, told), URL).paragraphs == (*STORY, told)


def test_a_writers_credit_with_a_handle_after_the_name_goes() -> None:
    raw = (FIXTURES / "sohu_writer_credit_with_handle_after_name.html").read_bytes()
    article = extract_article(raw, None)
    assert "yiqikanshu" not in article.body
    assert article.author == "此时君"
    assert article.paragraphs[1].startswith("应该有人零零散散的听说过黄海波最近的消息")


@pytest.mark.parametrize("credit", ["文 | 林晓（ID：linxiao88）", "文/夜行小记（id：yexing01）"])
def test_a_writers_credit_with_a_handle_in_other_words(credit: str) -> None:
    assert is_credit(credit)
    assert extract_article(story_page(credit, *STORY), URL).paragraphs == STORY


def test_a_handle_in_a_story_line_stays() -> None:
    assert not is_credit("他的微博（id：abc123）")
    assert not is_credit("这是张三（ID：zhangsan）")


def test_the_outlets_description_of_itself_under_the_story_goes() -> None:
    raw = (FIXTURES / "sohu_story_over_outlets_description_of_itself.html").read_bytes()
    article = extract_article(raw, None)
    assert article.source == "科普中国"
    assert article.paragraphs[-1].startswith("2011年，四川大学华西医院烧伤整形科")
    assert "科学权威品牌" not in article.body
    assert any("科学权威品牌" in line for line in article.noise)


def test_the_outlets_description_in_other_words() -> None:
    story = ["夜班公交试行三个月后，公交集团将公布客流数据。"]
    blurb = "湖滨夜话是一家专注城市公共交通报道的新媒体，致力于记录城市的夜晚。"
    assert own_blurb_tail([*story, "关于我们", blurb], "湖滨夜话工作室") == 2
    assert own_blurb_tail([*story, blurb], "湖滨夜话") == 1


def test_a_closing_line_about_another_body_stays() -> None:
    line = "特别程序是联合国人权系统中最大的独立专家机构，负责处理具体国家的情况。"
    assert own_blurb_tail(["……", line], "联合国新闻") == 0
    line = "新华网记者了解到，这是一家专注夜间出行的平台公司。"
    assert own_blurb_tail(["……", line], "新华网") == 0
