"""Host text that survived in bodies of real pages (issue 14, session 39, h-noise), found by
scanning our bodies' edges over the webpage_archive pool (transTerminus/webpage_archive commit
f987f5e, raw/):

- a self-media post closing on a call for replies ("…你觉得谁的性转最有魅力呢?欢迎在下方评论
  留言。"), then its picture notice ("图：均来自网络，若有侵权请告知删除。") and its repost
  notice ("转载需经过本组织许可，否则必究！"). The call is the post speaking to its reader
  (post_appeals.is_reply_appeal), a promo at the body's edge; a line telling what a repost of
  the page needs ("转载需…", "如需转载，…", "转载或约稿请…") speaks as the page, as
  "转载请注明出处" did (notice_vocab.SELF_REFERENCE), and "删稿" is a takedown word. Reduced
  copy: tests/fixtures/extract/real_noise39/sohu_story_over_reply_appeal_and_repost_notice.html
  (raw/sohu.com/www_原创海贼王官方性转图，海军大将变中年妇女，老甚平成朴实胖妹_-_搜狐.html);
- a post opening by asking the reader to press the follow button "右上方" (post_appeals
  named only 右上角, 上方…). Reduced copy:
  tests/fixtures/extract/real_noise39/msohu_follow_button_ask_over_story.html
  (raw/sohu.com/m_原创人妖超过60万，佛教盛行的泰国，风俗产业为何如此发达？_-_搜狐.html);
- a self-media post closing on a call for replies and then its account's ask to follow it
  ("我是X，公益普法，欢迎关注，一起多学法律少吃亏。"): the ask blocked the edge, so the call
  stayed too. A closing ask to follow the account (post_appeals.is_follow_ask: the ask opens
  a clause, only the reader and the acts of following before 关注, the account after it) is
  a promo at the body's edge. Reduced copy:
  tests/fixtures/extract/real_noise39/netease_post_over_reply_call_and_follow_ask.html
  (raw/163.com/www_18岁男孩做变性手术，主刀“医生”自学成才，曾给自己亲自操刀.html);
- a site's copyright notice naming the site in straight quotes (凡注有"X"或电头为"X"的稿件…):
  the text between one name's closing quote and the next name's opening one was read as a
  quoted clause, so the notice passed for reported speech and stayed. Straight quotes now
  pair in order (host_voice.is_reported_speech). Reduced copy:
  tests/fixtures/extract/real_noise39/zjol_story_over_copyright_notice_in_straight_quotes.html
  (raw/unclassify_news/zjnews_一刀下去，两个蛋蛋不见了哎，这是变性还是阉割……_-_浙江新闻.html).

Each has a made-up wording of the same kind, and story text of the same words that stays.
"""

from __future__ import annotations

from pathlib import Path

from snapcrawl.extract import extract_article
from snapcrawl.extract.host_voice import is_reported_speech
from snapcrawl.extract.post_appeals import is_account_blurb, is_follow_ask, is_reply_appeal
from tests.snapcrawl.extract.lakeside_story import STORY, URL, story_page

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_noise39"


def test_a_posts_reply_call_and_repost_notices_after_the_story_go() -> None:
    raw = (FIXTURES / "sohu_story_over_reply_appeal_and_repost_notice.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "海贼王官方性转图，海军大将变中年妇女，老甚平成朴实胖妹"
    assert article.paragraphs[0].startswith("同人圈这几年一直很流行画性转图")
    assert article.paragraphs[-1].startswith("本月，海贼王与少女漫画杂志Ribon出了一期联动")
    for words in ("评论留言", "侵权", "转载"):
        assert words not in article.body
    assert article.editor == "OPiece地雷"


def test_a_reply_call_and_repost_notices_in_other_words() -> None:
    html = story_page(
        *STORY,
        "你坐过夜班公交吗？欢迎朋友们在文末留言，说说你的经历～",
        "图片来自读者投稿，如有侵权请联系删稿。",
        "若需转载本文，请联系编辑部获取授权。",
    )
    assert extract_article(html, URL).paragraphs == STORY


def test_replies_and_reposts_the_story_reports_stay() -> None:
    told = (
        "不少乘客在评论区留言，希望延时线路能再延长到凌晨。",
        "律师表示，媒体转载须经作者同意，这家公司却长期无视。",
    )
    assert extract_article(story_page(*STORY, *told), URL).paragraphs == (*STORY, *told)
    assert not is_reply_appeal("他请网友在评论区留言。")
    assert not is_reply_appeal("一位网友在评论区留言道：“我们期待着你们公开道歉。”")
    # a statement of the story before the call: the line is no closing call
    assert not is_reply_appeal("公交集团已开通意见箱。欢迎留言。")


def test_the_ask_to_press_the_follow_button_over_the_story_goes() -> None:
    raw = (FIXTURES / "msohu_follow_button_ask_over_story.html").read_bytes()
    article = extract_article(raw, None)
    assert article.paragraphs[0].startswith("众所周知，泰国是一个人妖与桃色盛行的国家")
    assert "关注" not in article.body
    assert len(article.paragraphs) == 3


def test_the_ask_to_press_the_follow_button_in_other_words() -> None:
    html = story_page("喜欢这篇报道的话，请点击右下方的“关注”，每天为您送上本地新鲜事。", *STORY)
    assert extract_article(html, URL).paragraphs == STORY


def test_a_copyright_notice_naming_the_site_in_straight_quotes_goes() -> None:
    raw = (FIXTURES / "zjol_story_over_copyright_notice_in_straight_quotes.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "一刀下去，两个蛋蛋不见了哎，这是变性还是阉割……"
    assert article.paragraphs[-1].startswith("检察官说，2009年我国卫生部发布")
    assert "版权所有" not in article.body
    assert article.editor == "洪慧敏"


def test_straight_quotes_pair_in_order() -> None:
    notice = '凡署名"湖滨日报"或"湖滨网"的稿件，版权均属本报所有，未经书面许可不得转载。'
    assert not is_reported_speech(notice)
    assert extract_article(story_page(*STORY, notice), URL).paragraphs == STORY
    # a clause in straight quotes is still someone's words
    assert is_reported_speech('他说"我们会在第一时间删除这些内容"，并向读者道歉。')


def test_a_posts_call_for_replies_and_ask_to_follow_its_account_go() -> None:
    raw = (FIXTURES / "netease_post_over_reply_call_and_follow_ask.html").read_bytes()
    article = extract_article(raw, None)
    assert article.paragraphs[0] == "生而为人，我们对于自己的性别，有没有自主选择的权利？"
    assert article.paragraphs[-1].startswith("性少数固然不应被歧视")
    assert len(article.paragraphs) == 4
    assert article.source == "爱文历史"


def test_an_ask_to_follow_the_account_in_other_words() -> None:
    html = story_page(*STORY, "夜行湖滨，专注城市夜生活，欢迎关注，每晚陪你回家。")
    assert extract_article(html, URL).paragraphs == STORY
    html = story_page(*STORY, "更多城市故事，请长按二维码关注我们。")
    assert extract_article(html, URL).paragraphs == STORY


def test_a_story_asking_people_to_follow_something_stays() -> None:
    told = "活动将于下周六举行，欢迎关注环保的市民报名参加。"
    assert extract_article(story_page(*STORY, told), URL).paragraphs == (*STORY, told)
    assert not is_follow_ask("专家提醒：请家长关注孩子夜间出行的安全。")
    assert not is_follow_ask("这一举动在当时引起了广泛的关注和讨论。")
    assert not is_follow_ask("他说：“欢迎关注我们的公众号。”")


# An account's notice under the post's copy of its headline (h-noise2): the walk in from the
# body's top edge stopped at the headline's line (the title's reading drops it later), so
# the notice under it stayed. Reduced copy:
# tests/fixtures/extract/real_noise39/thepaper_account_notice_under_headline_copy.html
# (raw/thepaper.cn/m_华人极力反对的《平等法案》，为什么83%的美国人都支持？.html).
HEADLINE = "市区三条公交线路试行夜间延时，末班车为什么推迟到十一点半？"
HEADLINE_COPY_PAGE = (
    "<html><head><meta charset='utf-8'><title>{title}</title></head>"
    "<body><div class='post'><div class='head'><div class='t'>{title}</div>"
    "<div class='by'>湖滨观察 2024-06-11 09:30</div></div>"
    "<div class='content'><p>{first}</p>{story}</div></div></body></html>"
)


def test_an_accounts_notice_under_the_headlines_copy_is_cut() -> None:
    raw = (FIXTURES / "thepaper_account_notice_under_headline_copy.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "华人极力反对的《平等法案》，为什么83%的美国人都支持？"
    assert article.paragraphs[0].startswith("上周四（2月25日），众议院以224票赞成")
    assert "转载须征求许可" not in article.body


def test_a_made_up_notice_under_the_headlines_copy_is_cut() -> None:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    first = "《湖滨观察》原创内容，转载须经同意并注明作者，违者追究责任"
    page = HEADLINE_COPY_PAGE.format(title=HEADLINE, first=first, story=story)
    article = extract_article(page, None)
    assert article.title == HEADLINE
    assert article.paragraphs == STORY


def test_a_sentence_naming_a_notice_word_under_the_headlines_copy_stays() -> None:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    first = "首先声明一下：我不是公交集团的员工，下面只谈自己的乘车体验。"
    page = HEADLINE_COPY_PAGE.format(title=HEADLINE, first=first, story=story)
    article = extract_article(page, None)
    assert article.paragraphs[0] == first


# An account's blurb naming it by its handle, with no ask to follow (h-noise2):
# "真实故事计划（公众号ID：zhenshigushi1）——每天讲述一个从生命里拿出来的故事。" closing the
# post. A line naming an account by the handle in brackets is the post's blurb for its
# account (post_appeals.is_account_blurb), a promo at the body's edge. Reduced copy:
# tests/fixtures/extract/real_noise39/netease_post_over_account_blurb_with_handle.html
# (raw/163.com/www_跨性别门诊医生：被投诉、袭击，也要证明孩子「没病」_-_网易.html).


def test_an_accounts_blurb_with_its_handle_under_the_post_goes() -> None:
    raw = (FIXTURES / "netease_post_over_account_blurb_with_handle.html").read_bytes()
    article = extract_article(raw, None)
    assert article.paragraphs[-1].startswith("后来，他把名字改成了“征途”。")
    assert "zhenshigushi1" not in article.body


def test_an_accounts_blurb_with_its_handle_in_other_words() -> None:
    assert is_account_blurb("湖滨观察（微信ID：hubinguancha）——记录一座城市的日常。")
    assert is_account_blurb("本文首发于公众号“湖滨故事”（ID:hubin_story)")
    article = extract_article(
        story_page(*STORY, "湖滨观察（微信ID：hubinguancha）——记录一座城市的日常。")
    )
    assert article.paragraphs == STORY


def test_a_handle_the_story_reports_stays() -> None:
    reported = "记者注意到，公交集团的服务号（ID：hubin_bus）已上线延时线路的实时到站查询。"
    assert not is_account_blurb("中新网(微信公众号：cns2012)记者注意到，多地出现了无性别厕所。")
    article = extract_article(story_page(STORY[0], reported, *STORY[1:]))
    assert reported in article.paragraphs


# A weak notice under which the post closes on a short call to its reader (h-noise2): "如需
# 转载，请后台留言。" over "警惕毒瘤！". The walk in from the body's end stopped at the call,
# so the notice (and the account's lines over it) stayed. A last line of a few words ending
# in "！" or "？" right under a notice is the host's box's close (edges._closing_call): the
# walk goes on to the notice. "此内容为X原创" speaks of the page as "本内容" did
# (notice_vocab.SELF_REFERENCE). Reduced copy:
# tests/fixtures/extract/real_noise39/netease_post_over_notice_and_closing_call.html
# (raw/163.com/www_青少年变性、嗑药、援交…的“亚文化”是如何入侵国内的？二次元_-_网易.html).


def test_a_notice_under_which_the_post_closes_on_a_call_goes() -> None:
    raw = (FIXTURES / "netease_post_over_notice_and_closing_call.html").read_bytes()
    article = extract_article(raw, None)
    assert article.paragraphs[-1] == "酷玩实验室整理编辑"
    for words in ("如需转载", "警惕毒瘤", "coollabs"):
        assert words not in article.body


def test_a_notice_and_a_closing_call_in_other_words() -> None:
    notice = "文中图片来自网络，版权归原作者所有"
    article = extract_article(story_page(*STORY, notice, "你怎么看？"))
    assert article.paragraphs == STORY
    notice = "此内容为湖滨日报原创，著作权归湖滨日报所有。未经书面授权，不得转载。"
    article = extract_article(story_page(*STORY, notice, "如需获得授权请联系湖滨日报版权部："))
    assert article.paragraphs == STORY


def test_a_storys_closing_exclamation_under_its_own_sentence_stays() -> None:
    # notice words the story reports, in quotes: not the host's notice
    said = "公交集团提醒：“网上流传的时刻表并非官方版本，未经授权请勿转载。”"
    article = extract_article(story_page(*STORY, said, "夜归不再难！"))
    assert article.paragraphs[-2:] == (said, "夜归不再难！")
