"""Host text left at the edges of real pages' bodies (issue 14, session 41, h-edge5), found by
scanning the first and last lines of our bodies over the webpage_archive pool
(transTerminus/webpage_archive commit f987f5e, raw/):

- a column's closing line ("好啦，今天的《请问老法师》就为大家解答到这里啦！如果大家在法律方面有什么
  需求，欢迎通过留言和我们互动，…") and its farewell under it ("我们下期再见哦！"): the post saying
  today's issue is over, then its call for replies (post_appeals.is_episode_close), a promo at
  the body's edge like the other calls for replies; the farewell goes with it as the edge walk
  passes it. Reduced copy (the story's middle, the share icons and the page around cut out):
  tests/fixtures/extract/real_noise41/sohu_column_over_episode_close_and_farewell.html
  (raw/sohu.com/, pool 2542: 请问老法师丨变性手术后被辞退，到底是因为旷工还是歧视？). The same kind
  on 163, sina and other sohu accounts ("以上就是今天的盘点!…写下你宝贵的留言…", "结束语：本期内容
  就到这里啦，…可以随时留言哦。");
- a call for replies that answers the post's question ("…有没有让你想要表达些什么呢？有的话就在
  评论区留言和大家交流吧~", 163): "有的话就" asks as "欢迎" does, after a question only;
- a video's running time left over the story by its player ("| 视频时长01分50秒 |", in the
  player's frame of bars), or written in minutes' and seconds' marks ("时长：1'15''", sina;
  "戳视频看《熙友记》视频时长06′54″", sohu): player text (chrome_vocab.UI_PHRASES), which knew
  "时长：1分50秒" and "时长 01:50" only. Reduced copy (the story's middle cut out):
  tests/fixtures/extract/real_noise41/sohu_sports_video_length_over_story.html
  (raw/sohu.com/, pool 2215: 史上最猛人妖！干掉150位男拳手，没钱做变性手术……, bytes as served:
  UTF-8 under a gb2312 declaration);
- a site's copyright notice under the story naming the marks its own works carry, in quotes
  ("本站注明“MAIGOO编辑”、“MAIGOO榜单研究员”、“MAIGOO文章编辑员”上传提供的所有作品，…未经本网授权
  不得转载…", maigoo; "郑重声明：凡注明来源为“人民网――奥运频道”、“人民网――《**报》”…禁止转载…",
  people.com.cn via sohu): the quoted marks read as someone's words, so the notice was
  taken for the story's. A quote right after the verb that marks (注明, 标注, 署名; 注明来源为)
  and the quotes joined to it by 、 or 或 are marks (host_voice.is_reported_speech). Reduced
  copy (the ranking's middle entries, scripts and related lists cut out):
  tests/fixtures/extract/real_noise41/maigoo_list_over_quoted_marks_copyright_notice.html
  (raw/unclassify_news/m_全网十大女装大佬.html, pool 3101);
- a related box's bare title (no colon) over one headline or headlines run together on one
  line: "相关稿件" + "泰2006年“人妖小姐”出炉 比赛收入捐王室网友自述:…" (sohu's copy of a xinhuanet
  story), "更多新闻" + "打不过才是正常！…获66公斤级亚军（上观新闻）" (sina.cn), "相關話題" + a
  headline (yahoo tw). related_labels knew the label with a colon only; a bare one counts over
  lines no sentence ends, and its cut marks no boundary for a short heading beside it
  (line_kinds.keep_short). Reduced copy:
  tests/fixtures/extract/real_noise41/sohu_story_over_bare_related_label.html
  (raw/sohu.com/news_北京：两名“人妖”演员原是东北男孩(图)_-_新闻-_搜狐.html, pool 2055; bytes as
  served, UTF-8 under a GBK declaration);
- the host's plug for its own account closing the story, a full sentence ("解读新闻热点、呈现敏感
  事件、更多独家分析，尽在凤凰网微信，扫描二维码免费阅读。"): "尽在X微信" (all of it in the host's
  account or app) speaks for the host as "本站" does (chrome._SELF_PROMO). Reduced copy:
  tests/fixtures/extract/real_noise41/ifeng_story_over_wechat_qr_plug.html
  (raw/ifeng.com/news_成都：实习医生为15岁少年摘除睾丸变性被批捕.html, pool 1071; the same line on
  pool 0973).

Each has wordings of the same kind not taken from the pages, and story text that stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import is_promo, is_ui_line
from snapcrawl.extract.host_voice import is_reported_speech
from snapcrawl.extract.post_appeals import is_episode_close, is_reply_appeal
from tests.snapcrawl.extract.lakeside_story import STORY, URL, story_page

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_noise41"


def test_a_columns_closing_line_and_its_farewell_go() -> None:
    raw = (FIXTURES / "sohu_column_over_episode_close_and_farewell.html").read_bytes()
    article = extract_article(raw, "https://www.sohu.com/a/405888431_651791")
    assert article.title == "请问老法师丨变性手术后被辞退，到底是因为旷工还是歧视？"
    assert article.paragraphs[0] == "欢迎来到《请问老法师》。"
    assert "我们尊重和保护变性人的人格" in article.body
    for gone in ("解答到这里", "我要求助", "下期再见", "平台声明"):
        assert gone not in article.body
    assert article.source == "案件聚焦"


@pytest.mark.parametrize(
    "closing",
    [
        "好了，今天的分享就到这里，我们下期再见！",
        "本期节目就先聊到这里啦，欢迎在评论区说说你的想法~",
        "以上就是今天的全部内容，喜欢的朋友可以留言告诉我。",
        "好啦，今天的節目就到這裡，我們下期再見！",
    ],
)
def test_closing_lines_in_other_words_go(closing: str) -> None:
    assert is_episode_close(closing)
    assert extract_article(story_page(*STORY, closing), URL).paragraphs == STORY


def test_a_closing_line_over_a_short_farewell_goes() -> None:
    lines = (*STORY, "今天的问答就为大家解答到这里，有问题欢迎留言。", "拜拜啦！")
    assert extract_article(story_page(*lines), URL).paragraphs == STORY


@pytest.mark.parametrize(
    "told",
    [
        "今天的会议到此结束，委员们将于下月再次审议草案。",
        "今天的发布会就到这里，发言人拒绝评论。",
        "“今天的节目就到这里，我们下期再见！”主持人说完便离开了。",
    ],
)
def test_a_story_ending_its_days_events_stays(told: str) -> None:
    assert not is_episode_close(told)
    assert extract_article(story_page(*STORY, told), URL).paragraphs == (*STORY, told)


def test_a_call_for_replies_answering_the_posts_question_goes() -> None:
    for ask in (
        "不知道今天的文章有没有让你想要表达些什么呢？有的话就在评论区留言和大家交流吧~",
        "你身边有这样的朋友吗？有的话就在评论区告诉我们吧！",
    ):
        assert is_reply_appeal(ask)
        assert extract_article(story_page(*STORY, ask), URL).paragraphs == STORY
    told = "记者发现，有的话就在评论区留言了。"
    assert not is_reply_appeal(told)


def test_a_videos_running_time_over_the_story_goes() -> None:
    raw = (FIXTURES / "sohu_sports_video_length_over_story.html").read_bytes()
    article = extract_article(raw, "https://sports.sohu.com/20180120/n528732368.shtml")
    assert article.paragraphs[0].startswith("泰拳和人妖是泰国的两大特色。")
    assert article.paragraphs[-1].startswith("像罗西这样的跨性别者")
    assert "时长" not in article.body
    assert (article.author, article.editor) == ("拳一", "迪妹儿")


@pytest.mark.parametrize(
    "length",
    ["【视频时长：3分12秒】", "（视频时长：45秒）", "时长：2'08''", "点击观看专访视频 时长 12′30″"],
)
def test_running_times_in_other_words_go(length: str) -> None:
    assert is_ui_line(length)
    lines = (STORY[0], length, STORY[1], STORY[2])
    assert extract_article(story_page(*lines), URL).paragraphs == STORY


def test_a_story_telling_how_long_something_lasted_stays() -> None:
    told = "据介绍，整台手术时长约4小时，术后患者恢复良好。"
    assert not is_ui_line(told)
    lines = (STORY[0], told, STORY[1], STORY[2])
    assert extract_article(story_page(*lines), URL).paragraphs == lines


def test_a_copyright_notice_naming_its_quoted_marks_goes() -> None:
    raw = (FIXTURES / "maigoo_list_over_quoted_marks_copyright_notice.html").read_bytes()
    article = extract_article(raw, "https://www.maigoo.com/news/649461.html")
    assert article.paragraphs[-1].startswith("肖珍珠也是一位高颜值网红")
    assert "本站注明" not in article.body
    assert "轩墨宝宝是虎牙一位知名的主播" in article.body


@pytest.mark.parametrize(
    "notice",
    [
        "郑重声明：凡注明来源为“湖滨日报社――新闻中心”、“湖滨网”的稿件，未经本网授权，"
        "任何单位不得转载、摘编，违者必究。",
        "凡本网注明“湖滨日报全媒体记者”或“湖滨网编辑部”署名的作品，版权均属本网所有，"
        "未经书面授权不得转载。",
        "凡註明「湖濱日報新聞中心專稿」之文章，版權所有，未經授權不得轉載。",
    ],
)
def test_notices_naming_quoted_marks_in_other_words_go(notice: str) -> None:
    assert not is_reported_speech(notice)
    assert extract_article(story_page(*STORY, notice), URL).paragraphs == STORY


def test_quoted_words_after_a_mark_are_still_speech() -> None:
    told = "她在意见本上注明“末班车还是太早了”，随后又对记者说“希望延时运营一直保留下去”。"
    assert is_reported_speech(told)
    assert extract_article(story_page(*STORY, told), URL).paragraphs == (*STORY, told)


def test_a_bare_related_label_and_its_headlines_go() -> None:
    raw = (FIXTURES / "sohu_story_over_bare_related_label.html").read_bytes()
    article = extract_article(raw, "https://news.sohu.com/20060603/n243546810.shtml")
    assert article.title == "北京：两名“人妖”演员 原是东北男孩(图)"
    assert article.paragraphs[-1].startswith("溪水湾旅游观光园负责人说")
    assert "相关稿件" not in article.body
    assert "人妖小姐" not in article.body
    assert article.source == "新华网"


@pytest.mark.parametrize(
    "box",
    [
        ("更多新闻", "夜间公交试行首周客流破万 市民盼常态化运营（湖滨日报）"),
        ("【相关报道】", "湖滨公交三条线路延时运营 末班车推迟至23:30"),
        ("相關話題", "夜班公車延長營運！湖濱市民：終於不用搶計程車"),
    ],
)
def test_bare_related_labels_in_other_words_go(box: tuple[str, str]) -> None:
    lines = (STORY[0], *box, STORY[1], STORY[2])
    assert extract_article(story_page(*lines), URL).paragraphs == STORY


def test_a_bare_label_over_the_storys_own_text_stays() -> None:
    lines = (*STORY, "延伸阅读", "夜间公交在国内多个城市已有先例，深圳、成都等地均开通了夜班线路。")
    assert extract_article(story_page(*lines), URL).paragraphs == lines


def test_a_numbered_heading_under_a_bare_related_box_stays() -> None:
    lines = (
        "1. 延时线路",
        STORY[0],
        "相关新闻",
        "湖滨公交三条线路延时运营 末班车推迟至23:30",
        "2. 客流情况",
        STORY[1],
        STORY[2],
    )
    paragraphs = extract_article(story_page(*lines), URL).paragraphs
    assert paragraphs == ("1. 延时线路", STORY[0], "2. 客流情况", STORY[1], STORY[2])


def test_the_hosts_plug_for_its_account_goes() -> None:
    raw = (FIXTURES / "ifeng_story_over_wechat_qr_plug.html").read_bytes()
    article = extract_article(raw, "http://news.ifeng.com/a/20150923/44719912_0.shtml")
    assert article.paragraphs[-1].startswith("《变性手术技术管理规范》中规定")
    assert "凤凰网微信" not in article.body
    assert (article.source, article.author) == ("新华网", "许茹")


@pytest.mark.parametrize(
    "plug",
    [
        "更多本地新闻、独家调查，尽在湖滨日报客户端，欢迎下载。",
        "想看更多夜班公交攻略？精彩内容盡在湖濱日報微信公眾號，掃描二維碼即可閱讀。",
    ],
)
def test_host_plugs_in_other_words_go(plug: str) -> None:
    assert is_promo(plug)
    assert extract_article(story_page(*STORY, plug), URL).paragraphs == STORY


def test_a_story_with_all_in_its_words_stays() -> None:
    told = "千言万语尽在不言中，市民王女士说，延时运营让她下班后不用再打车回家。"
    assert not is_promo(told)
    assert extract_article(story_page(*STORY, told), URL).paragraphs == (*STORY, told)
