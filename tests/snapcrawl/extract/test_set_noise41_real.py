"""Host text that survived in bodies of real pages (issue 14, session 40, h-noise4), found by
scanning our bodies' edges over the webpage_archive pool (transTerminus/webpage_archive commit
f987f5e, raw/):

- a self-media post closing on its account's ask to press "在看", two short lines of its own
  ("我不接广告、不加人、不荐股。", "要注意骗子假冒、提高防骗意识。") and its ask for a tip
  ("原创不易，多谢赞赏支持！"). The tip ask is an ask to press the post's buttons
  (post_appeals.is_tip_ask), and the edge walk passes a few short sign-off lines under an ask
  (edges._ask_over_sign_off), so all four go. Reduced copy:
  tests/fixtures/extract/real_noise41/qq_story_over_zaikan_ask_signoff_and_tip_ask.html
  (raw/news.qq.com/news_马斯克：儿子变性后已经“死了”-腾讯新闻.html);
- a post closing on its ask to like and follow, then the account's motto ("我爱这个世界。"):
  the motto stopped the walk from the end, so the ask stayed. Reduced copy:
  tests/fixtures/extract/real_noise41/netease_story_over_follow_ask_and_motto.html
  (raw/163.com/www_我既有子宫和卵巢，又有gao丸和yin茎......｜双性人的独白_-_网易.html);
- an ask to follow an account glued to the end of the story's last paragraph ("…之后又会拥有
  什么样的生活呢?更多后续内容，请关注微信公众号X，回复“Y”即可获取。"): only its own sentence goes
  (glued_asks.split_glued_asks). Reduced copy:
  tests/fixtures/extract/real_noise41/haiwainet_follow_ask_glued_to_last_paragraph.html
  (raw/unclassify_news/news_男人做变性手术泰国人妖竟是为生活所迫_-_海外网.html);
- a mobile photo page saved with its debug console open (vConsole, "#__vconsole": its tabs,
  the browser's details, each request's JSON, one line per member): hundreds of lines of
  log under the story. The console's name marks its box as the page's tooling
  (vocab.NOISE_CLASS_TOKENS). Reduced copy (the console cut after its first request):
  tests/fixtures/extract/real_noise41/sina_photo_story_over_debug_console.html
  (raw/sina.cn/, pool 1895: 韩国医生28年帮助320人变性：自称纠正上帝错误_新浪图片);
- a post's closing note that its pictures come from the internet ("PS：图片均来自互联网"): the
  account's disclaimer, a credit naming no one (web_sourced.web_sourced_tail: the body's last
  paragraphs only). Reduced copy:
  tests/fixtures/extract/real_noise41/netease_story_over_pictures_from_the_internet_note.html
  (raw/163.com/www_泰国最美变性人举办奢华婚礼，丈夫为富二代，两人从师兄弟变夫妻.html);
- the same kind of note with a takedown request and the account's reprint notice under it
  ("图：均来自网络，若有侵权请告知删除。", "转载需经过本组织许可，否则必究！"), then the picture's
  "查看原图 151K" button, then the platform's disclaimer: the weak notices touch the disclaimer
  but for the button, cut already, so they did not join it (edges._touches_notice: past the
  controls between). Reduced copy (scripts, styles, icons taken out):
  tests/fixtures/extract/real_noise41/qq_notes_over_picture_button_and_disclaimer.html
  (raw/news.qq.com/news_海贼王官方性转图，海军大将变中年妇女，老甚平成朴实胖妹.html).

Each has wordings of the same kind not taken from the pages, and story text that stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.glued_asks import split_glued_asks
from snapcrawl.extract.post_appeals import is_tip_ask
from snapcrawl.extract.web_sourced import is_web_sourced_note
from tests.snapcrawl.extract.lakeside_story import STORY, URL, story_page

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_noise41"


def test_an_ask_its_sign_off_lines_and_a_tip_ask_go() -> None:
    raw = (FIXTURES / "qq_story_over_zaikan_ask_signoff_and_tip_ask.html").read_bytes()
    article = extract_article(raw, "https://news.qq.com/rain/a/20240725A0971P00")
    assert article.title == "马斯克：儿子变性后已经“死了”"
    assert article.paragraphs[0].startswith("2024年7月16日，美国加州州长纽森签署了一项法案")
    assert article.paragraphs[-1].startswith("最后再强调一下，我不歧视同性恋")
    for gone in ("在看", "不接广告", "骗子", "赞赏"):
        assert gone not in article.body
    assert article.source == "星话大白"


@pytest.mark.parametrize(
    "ask",
    [
        "写作不易，欢迎打赏鼓励~",
        "觉得有用就请随意赞赏吧",
        "如果喜欢这篇文章，您可以通过文末的赞赏码支持我们。",
    ],
)
def test_tip_asks_in_other_words(ask: str) -> None:
    assert is_tip_ask(ask)
    assert extract_article(story_page(*STORY, ask), URL).paragraphs == STORY


def test_tips_the_story_speaks_of_stay() -> None:
    told = "不少乘客在车上用手机给司机打赏，公交集团对此赞赏有加，但提醒乘客注意安全。"
    assert not is_tip_ask(told)
    assert not is_tip_ask("网友可以通过打赏按钮给主播送礼。")
    assert not is_tip_ask("司机说：“多谢赞赏支持！”")
    assert extract_article(story_page(*STORY, told), URL).paragraphs == (*STORY, told)


def test_a_follow_ask_under_its_motto_goes() -> None:
    raw = (FIXTURES / "netease_story_over_follow_ask_and_motto.html").read_bytes()
    article = extract_article(raw, "https://www.163.com/dy/article/GSSQ7M880534CTXR.html")
    assert article.paragraphs[0] == "Hello 大家好。"
    assert article.paragraphs[-1].startswith("任何人都能让自己的人生闪闪发光")
    assert "关注" not in article.body
    assert "我爱这个世界" not in article.body
    assert (article.author, article.editor, article.source) == ("丁十一", "可心", "第十一诊室")


def test_sign_off_lines_under_an_ask_in_other_words() -> None:
    signed = ("欢迎关注“湖滨夜话”，每晚为你讲一个城市故事。", "我是老林。", "明晚见。")
    assert extract_article(story_page(*STORY, *signed), URL).paragraphs == STORY
    # a story's short closing line with no ask over it stays
    closing = "这就是夜班车。"
    assert extract_article(story_page(*STORY, closing), URL).paragraphs == (*STORY, closing)


def test_a_follow_ask_glued_to_the_last_paragraph_goes() -> None:
    raw = (FIXTURES / "haiwainet_follow_ask_glued_to_last_paragraph.html").read_bytes()
    article = extract_article(raw, "http://news.haiwainet.cn/n/2016/1108/c3541083-30483990-4.html")
    assert article.paragraphs[-1].endswith("之后又会拥有什么样的生活呢?")
    assert "公众号" not in article.body
    assert article.editor == "贾雯帆"
    assert article.source == "中国青年网"


def test_asks_glued_to_a_paragraph_in_other_words() -> None:
    ask = "觉得有用的话，记得点赞、转发给身边的朋友！我们下期再见~"
    assert split_glued_asks(STORY[0] + ask) == (STORY[0], ask)
    # the story's long paragraph last (a short one under an ask goes whole, as before)
    article = extract_article(story_page(STORY[1], STORY[2], STORY[0] + ask), URL)
    assert article.paragraphs == (STORY[1], STORY[2], STORY[0])
    follow = "更多精彩内容，请关注微信公众号hubinyehua。"
    article = extract_article(story_page(STORY[1], STORY[2], STORY[0] + follow), URL)
    assert article.paragraphs == (STORY[1], STORY[2], STORY[0])
    # the story's own call ("欢迎市民关注") and an ask inside the paragraph, not at its end, stay
    kept = "展览将持续到10月底，欢迎市民关注。主办方表示，下期展览将在明年春天举行。"
    assert split_glued_asks(kept) is None
    inside = "请关注“湖滨夜话”公众号。" + STORY[-1]
    assert split_glued_asks(inside) is None


def test_a_debug_console_saved_with_the_page_goes() -> None:
    raw = (FIXTURES / "sina_photo_story_over_debug_console.html").read_bytes()
    article = extract_article(raw, "https://photo.sina.cn/album_5_453_44850.html")
    assert article.title == "韩国医生28年帮助320人变性：自称纠正上帝错误"
    assert article.paragraphs[0].startswith("1/6 61岁的韩国变性手术医生")
    assert any(p.startswith("河莉秀说：“如果我没有接受变性手术") for p in article.paragraphs)
    for gone in ('"keyName"', "callArticle", "Network", "navigationStart"):
        assert gone not in article.body


def _console_page(console_id: str, story_class: str = "text") -> str:
    log = "".join(
        f"<div class='item'>{line}</div>"
        for line in ("{", '"code": 0,', '"msg": "",', '"data": {', '"list": []', "}", "}") * 4
    )
    return (
        "<html><head><meta charset='utf-8'><title>市区三条公交线路试行夜间延时_湖滨日报</title>"
        "</head><body><h1>市区三条公交线路试行夜间延时</h1>"
        "<p class='info'>发布时间：2024年06月11日 09:30 来源：湖滨日报</p>"
        f"<div class='{story_class}'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
        f"<div id='{console_id}'><div class='panel'>Console Elements Network {log}</div></div>"
        "</body></html>"
    )


def test_a_debug_console_in_other_markup_goes_and_a_console_column_stays() -> None:
    assert extract_article(_console_page("eruda"), URL).paragraphs == STORY
    # a story box named for game consoles is no debug console
    article = extract_article(_console_page("__vconsole", "console-news text"), URL)
    assert article.paragraphs == STORY


def test_a_note_that_the_pictures_come_from_the_internet_goes() -> None:
    raw = (FIXTURES / "netease_story_over_pictures_from_the_internet_note.html").read_bytes()
    article = extract_article(raw, "https://www.163.com/dy/article/HUQVUNVR0517H7F5.html")
    assert article.paragraphs[0].startswith("现年36岁的泰国当红女演员Poyd")
    assert article.paragraphs[-1].startswith("宝儿虽然是变性人，但是对爱情婚姻很向往")
    assert "互联网" not in article.body


@pytest.mark.parametrize(
    "note",
    [
        "本文信息来源于网络，经过湖滨君重新编排，如有侵权请联系删除。",
        "（文中图片均来自网络，侵删）",
        "素材整理自网络，在此致谢！",
    ],
)
def test_notes_of_material_from_the_internet_in_other_words(note: str) -> None:
    assert is_web_sourced_note(note)
    assert extract_article(story_page(*STORY, note), URL).paragraphs == STORY


def test_the_story_on_things_from_the_internet_stays() -> None:
    told = "不少乘客的照片来自网络，公交集团据此调整了两个站点的位置。"
    assert not is_web_sourced_note(told)
    assert not is_web_sourced_note("示意图（图片来源于网络）")
    assert not is_web_sourced_note("司机说：“这些图片来自网络，如有侵权请联系删除。”")
    assert extract_article(story_page(*STORY, told), URL).paragraphs == (*STORY, told)
    # a note with more story under it is not the body's end: it stays
    lines = (*STORY[:2], "剧照原图来自网络", STORY[2])
    assert extract_article(story_page(*lines), URL).paragraphs == lines


def test_a_weak_notice_joins_the_notice_past_a_picture_button() -> None:
    notices = (
        "转载需经过本组织许可，否则必究！",
        "查看原图 151K",
        "免责声明：本内容来自湖滨日报平台创作者，不代表湖滨日报的观点和立场。",
    )
    body = "".join(f"<p>{p}</p>" for p in STORY)
    more = "".join(
        f"<li><a href='/n/{i}.html'>湖滨日报其他新闻标题第{i}条这里很长很长</a></li>"
        for i in range(8)
    )
    page = (
        "<html><head><meta charset='utf-8'><title>市区三条公交线路试行夜间延时_湖滨日报</title>"
        "</head><body><h1>市区三条公交线路试行夜间延时</h1>"
        "<p class='info'>发布时间：2024年06月11日 09:30 来源：湖滨日报</p>"
        f"<div class='text'>{body}<p>{notices[0]}</p><p><a class='btn'>{notices[1]}</a></p>"
        f"<p>{notices[2]}</p></div><ul>{more}</ul></body></html>"
    )
    assert extract_article(page, URL).paragraphs == STORY


def test_weak_notices_join_the_disclaimer_past_a_picture_button() -> None:
    raw = (FIXTURES / "qq_notes_over_picture_button_and_disclaimer.html").read_bytes()
    article = extract_article(raw, "https://news.qq.com/rain/a/20210208A03DIF00")
    assert article.paragraphs[0].startswith("同人圈这几年一直很流行画性转图")
    assert article.paragraphs[-1].startswith("以上就是到目前为止官方出过的海贼王角色性转图")
    assert "侵权" not in article.body
    assert "本组织" not in article.body
