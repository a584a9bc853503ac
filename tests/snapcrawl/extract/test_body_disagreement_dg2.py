"""Shapes from the pages where we and magic-html disagree on the body, round 2 (issue 14,
h-dg2: a random draw of real saved pages from a public web-archive repository, portal-heavy),
reduced to their form with made-up outlets, people and wordings other than the pages':

- a media player in the page's side column, its box named with a glued word ending in
  "player" ("mod_videoplayer_box"), saved with its debug console (label and value lines:
  resolution, codec, bitrate) and a list of the column's video titles: the player's, never
  the story, however short the story is;
- a picture's script link ("JavaScript:void(0)") left unclosed by the template, so that it
  wraps the figure and the story's first paragraphs: those are the story's prose, not a
  teaser's link text, and the story wins over a carousel of short video titles; a
  script-driven teaser card (a title and a one-sentence summary in such a link) stays a
  teaser;
- the host's weak disclaimer ("X声明：…") past the story, the related list under it, then
  the host's blurbs for its own apps and its ranking: past the disclaimer and the list the
  story does not resume, so the blurbs are the host's.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-riverbank.cn/a/20241103/5521.html"
STORY = [
    "河湾镇的渡口上周恢复了夜班船，晚上九点以后过江的居民不用再绕行二十公里的大桥。",
    "镇里说，夜班船每半小时一班，票价和白天一样，船上配了两名救生员。",
]
LONGER = [
    *STORY,
    "渡口旁的候船亭也重新装修过，添了座椅、照明和一台热水机。",
    "一位在对岸工厂上夜班的居民说，以前下班要骑车一个小时，现在二十分钟就能到家。",
]
TITLES = [
    "山区小学的第一场运动会，孩子们跑出了笑声",
    "老街的修鞋摊开了四十年，摊主说还想再干十年",
    "凌晨的菜市场，一位摊主的一天从三点开始",
    "城郊的稻田里，收割机一天能割两百亩",
    "一座废弃水塔变成了社区图书馆",
]


def _page(body: str, *, below: str = "") -> str:
    return site_article(
        body,
        title="河湾镇渡口恢复夜班船",
        site="河湾新闻网",
        info="2024-11-03 10:20 来源：河湾日报",
        below=below,
    )


def _console() -> str:
    rows = [
        ("视频ID", "VID", "k0921xq7pla"),
        ("播放内核", "Kernel", "m3u8/hls.js (2.1.0-p2p-1.4.2)"),
        ("帧数", "", "88/240; 36.67%"),
        ("缓冲健康度", "", "18.42s"),
        ("网络活动", "net", "12 KB/s 0.10/0.20/0.00/31/9/0/0/0"),
        ("视频分辨率", "", "1920*1080"),
        ("编码", "Codec", "avc1.640028 / mp4a.40.2 (H264)"),
        ("调试", "debug", "br:0.211-31.402 t:0.58 pg:2 s:pg->sd->pg"),
    ]
    lines = "".join(
        f"<div class='vp_line'><div class='vp_label'>{a}</div><div class='vp_short'>{b}</div>"
        f"<div class='vp_value'>{c}</div></div>"
        for a, b, c in rows
    )
    return f"<div class='vp_console vp_hidden'><div class='vp_console_inner'>{lines}</div></div>"


def _video_column() -> str:
    items = "".join(
        f"<div class='clip-item'><div class='clip-title'>{t}</div>"
        f"<div class='clip-cap'>{t}</div></div>"
        for t in TITLES
    )
    return (
        "<div class='col-r'><div class='picks'><h2>精选视频</h2>"
        f"<div class='mod_videoplayer_box' id='clip-play'>{_console()}</div>"
        f"<div class='clip-list'>{items}</div></div></div>"
    )


def test_a_players_debug_console_and_titles_beside_a_short_story_are_not_the_body() -> None:
    page = _page(_paras(STORY), below=_video_column())
    body = extract_article(page, URL).body
    assert body.split("\n") == STORY
    for word in ("视频分辨率", "KB/s", "avc1", TITLES[0]):
        assert word not in body


def test_a_glued_player_box_in_other_spellings_is_the_players() -> None:
    for name in ("videoplayer-wrap", "audioPlayer", "live_mediaplayer"):
        column = _video_column().replace("mod_videoplayer_box", name)
        body = extract_article(_page(_paras(STORY), below=column), URL).body
        assert "视频分辨率" not in body, name
        assert "KB/s" not in body, name
        assert body.split("\n") == STORY, name


def _unclosed_script_link(paras: list[str]) -> str:
    """The template's picture link, never closed: the parser puts what follows inside it."""
    return (
        "<p>" + paras[0] + "</p><a href='JavaScript:void(0)'><figure class='pic-zoom'>"
        "<img src='/img/ferry.jpg' alt='夜班船'>" + "".join(f"<p>{p}</p>" for p in paras[1:])
    )


def _carousel() -> str:
    slides = "".join(
        f"<div class='slide-item'><figure class='clip-fig'><div class='clip-info'>{t}</div>"
        "</figure></div>"
        for t in TITLES * 3
    )
    return (
        f"<section class='card'><h2>精彩短片</h2><div class='slide-wrap'>{slides}</div></section>"
    )


def test_paragraphs_inside_an_unclosed_script_link_are_the_story() -> None:
    page = _page(_unclosed_script_link(LONGER), below=_carousel())
    body = extract_article(page, URL).body
    assert body.split("\n") == LONGER
    assert TITLES[0] not in body


def test_script_link_teaser_cards_stay_teasers() -> None:
    cards = "".join(
        f"<a href='javascript:;' class='feed-card'><h3>{t}</h3>"
        "<p>记者走访了当地，记录下这段故事。</p></a>"
        for t in TITLES
    )
    page = _page(_paras(LONGER), below=f"<div class='feed'>{cards}</div>")
    body = extract_article(page, URL).body
    assert body.split("\n") == LONGER


LONG_STORY = [
    *LONGER,
    "夜班船开通的第一周，每晚平均有三百多人次过江，比镇里预计的多出一倍。",
    "船长说，夜里江面风大，每一班开船前都要检查救生衣和照明，遇到大雾就停航。",
    "不少沿江的小店也延长了营业时间，一家面馆的老板说，晚上十点以后的生意多了三成。",
    "镇里还在两岸码头加装了监控和应急广播，夜里有值班人员轮流巡查，确保乘客安全上下船。",
]
RELATED = ["渡口改造工程通过验收", "江边步道下月开放", "镇里新开两条公交线"]
BLURBS = [
    "河湾新闻客户端是河湾网推出的本地资讯应用，为读者提供最及时的本地新闻、便民服务和互动社区。",
    "河湾生活榜由河湾网推出，是本地最全面、最权威的餐饮与休闲点评排行榜，帮你找到身边的好去处。",
]


def _tail(disclaimer: str) -> str:
    items = "".join(f"<li><a href='/a/{i}.html'>{t}</a></li>" for i, t in enumerate(RELATED))
    blurbs = "".join(
        f"<div class='app-box'><div class='app-name'>应用</div>"
        f"<div class='app-desc'>{b}</div></div>"
        for b in BLURBS
    )
    return f"<p>{disclaimer}</p><div class='box-title'>相关新闻</div><ul>{items}</ul>{blurbs}"


def test_host_blurbs_past_a_disclaimer_and_a_related_list_are_the_hosts() -> None:
    disclaimer = "河湾网声明：刊登此文是为了让读者了解更多情况，并非认同文中看法。"
    body = extract_article(_page(_paras(LONG_STORY) + _tail(disclaimer)), URL).body
    assert body.split("\n") == LONG_STORY
    for blurb in BLURBS:
        assert blurb not in body


def test_a_story_line_before_a_related_list_stays() -> None:
    closing = "镇里表示，夜班船运行一个月后将征求居民意见，再决定是否延长到凌晨。"
    body = extract_article(_page(_paras([*LONG_STORY, closing]) + _tail("")), URL).body
    assert closing in body.split("\n")
