"""Photo galleries whose readers' comments were read as the story (issue 14, session 42,
h-rf5), found on the webpage_archive pool (transTerminus/webpage_archive, raw/):

- a gallery page keeps its caption and its readers' comments in regions both named as
  furniture; the page's selection is its headline alone, and the reading of the furniture
  (headline_only_body) found the comments, the longer prose. A body whose every part stands
  over a reply control or a counted vote ("+1顶[110] -1踩[17] 回复 分享"), in a box of three
  reply controls or more, is a comment board (comment_board): the caption past the photo's
  toolbar is read instead, or nothing. Tested on reduced copies
  (real_rf5/netease_gallery_caption_over_comments.html, from
  raw/163.com/news_道德模范刘婷变性后选美称婉拒多名追求者_-_网易新闻.html;
  real_rf5/netease_gallery_wide_quotes_caption_notice.html, from
  raw/163.com/news_泰国人妖选美比赛举行选手后台忙化妆_-_网易新闻.html: script, style and
  comment blocks, the recommended boxes and the later comments cut) and on made-up boards;
  a story under one toolbar stays a story;
- the caption's line ends in the agency's credit with no label and its terms ("…选手在后台
  准备。视觉中国供图 谢绝转载", "…。东方IC 供图，谢绝转载。"): the notice words made the whole
  line a notice. A giver's "X供图" right after a finished sentence opens the picture's tail
  as a labelled credit does (picture_notice): the caption stays, the tail goes to the noise
  audit;
- the gallery's ``<h1>`` writes the headline's quote marks wide (泰国＂人妖＂…) where the
  ``<title>`` writes them narrow: the headline was not found over its caption
  (paged_story.title_h1 now reads the wide quote marks as narrow).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.comment_board import comment_board
from snapcrawl.extract.host_voice import notice_strength, split_picture_notice
from snapcrawl.extract.page import read_page

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_rf5"


def _read(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# --- a gallery's comments are no story --------------------------------------------------


def test_gallery_caption_not_its_comments() -> None:
    article = extract_article(_read("netease_gallery_caption_over_comments.html"))
    assert article.title == "道德模范刘婷变性后选美 称婉拒多名追求者"
    assert list(article.paragraphs) == [
        "2015年9月23日报道，昨日，在广州举行的一场选美比赛上，曾荣获全国道德模范称号、"
        "成功接受变性手术的刘婷（术前名为刘霆）参赛，并获“最美蝶变奖”。"
    ]
    assert "网友" not in article.body
    assert "东方IC 供图，谢绝转载。" in article.noise
    assert article.published_at is not None
    assert article.published_at.isoformat().startswith("2015-09-23T09:03")


def test_gallery_with_wide_quotes_in_its_headline() -> None:
    article = extract_article(_read("netease_gallery_wide_quotes_caption_notice.html"))
    assert list(article.paragraphs) == [
        "当地时间2016年5月13日，泰国芭堤雅，蒂凡尼小姐2016环球“人妖”选美比赛进入决赛阶段，"
        "选手在后台准备。"
    ]
    assert "视觉中国供图 谢绝转载" in article.noise
    assert article.source != "网易日本手机网友"  # a commenter's place, no outlet


def _board(rows: list[tuple[str, str]], controls: str) -> str:
    items = "".join(
        f"<div class='item'><div class='who'>{who}</div><p class='txt'>{text}</p>"
        f"<div class='bar'>{controls}</div></div>"
        for who, text in rows
    )
    return f"<html><body><div class='board'>{items}</div></body></html>"


ROWS = [
    ("江边小路 2021-04-02 10:31", "这条线路开通以后上下班方便多了，希望早日延伸到老城区去。"),
    ("海港居民 2021-04-02 10:45", "试运营期间免费乘坐，周末一定带孩子去体验一下无人驾驶。"),
    ("老张头 2021-04-02 11:02", "技术进步很快，不过安全还是第一位的，希望监管部门多把关。"),
    ("路过的人 2021-04-02 11:20", "每十五分钟一班还是有点少，高峰时段能不能再加密一些班次。"),
]


@pytest.mark.parametrize(
    "controls",
    [
        "<a href='#'>赞(12)</a><a href='#'>回复</a>",
        "<a href='#'>+1顶[3]</a><a href='#'>-1踩[0]</a><a href='#'>回复</a><a href='#'>分享</a>",
        "<span>回覆</span><span>举报</span>",
    ],
)
def test_comment_rows_are_a_board(controls: str) -> None:
    page = read_page(_board(ROWS, controls), details=True)
    texts = [line for line in page.lines if line.owner.get("class") == "txt"]
    container = texts[0].owner.getparent().getparent()
    assert comment_board(page.lines, container, texts)
    assert comment_board(page.lines, texts[1].owner, texts[1:2])  # one comment's own text


def test_story_under_one_toolbar_is_no_board() -> None:
    story = "".join(f"<p>{text}</p>" for _, text in ROWS)
    html = (
        "<html><body><div class='post'><div class='text'>"
        f"{story}</div><div class='bar'><a href='#'>赞(12)</a><a href='#'>回复</a>"
        "<a href='#'>分享</a></div></div></body></html>"
    )
    page = read_page(html, details=True)
    texts = [line for line in page.lines if line.owner.tag == "p"]
    assert not comment_board(page.lines, texts[0].owner.getparent(), texts)


# --- a giver's credit and its terms glued after a caption --------------------------------


@pytest.mark.parametrize(
    ("line", "story", "tail"),
    [
        (
            "泰国芭堤雅，选美比赛进入决赛阶段，选手在后台准备。视觉中国供图 谢绝转载",
            "泰国芭堤雅，选美比赛进入决赛阶段，选手在后台准备。",
            "视觉中国供图 谢绝转载",
        ),
        (
            "市民在公园里赏花游玩，春意正浓。新华社记者 李明 供图，未经授权不得转载",
            "市民在公园里赏花游玩，春意正浓。",
            "新华社记者 李明 供图，未经授权不得转载",
        ),
        (
            "游客在古镇的石板路上拍照留念。图虫创意供图、版权所有 禁止转载。",
            "游客在古镇的石板路上拍照留念。",
            "图虫创意供图、版权所有 禁止转载。",
        ),
    ],
)
def test_giver_credit_and_terms_split_off(line: str, story: str, tail: str) -> None:
    assert split_picture_notice(line) == (story, tail)
    assert notice_strength(line) == 0


@pytest.mark.parametrize(
    "line",
    [
        "本站所有图片均为网友供图，谢绝转载。",  # the site's own notice: no story before it
        "未经许可谢绝转载。视觉中国供图 谢绝转载",  # a notice before the credit too
        "据介绍，这批老照片由市档案馆供图，展览期间谢绝拍照。",  # the story's giver, mid-sentence
    ],
)
def test_lines_that_are_not_a_caption_with_a_giver_tail(line: str) -> None:
    assert split_picture_notice(line) is None
