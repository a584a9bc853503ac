"""Shared paths, loaders and page builders for the extraction tests."""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from pathlib import Path

from snapcrawl.extract import extract_article

REPO = Path(__file__).resolve().parents[3]
FIXTURES = REPO / "tests" / "fixtures" / "extract"


ORCHARD_STORY = [
    "入秋以来，山区果园迎来采摘旺季，今年苹果产量较去年同期增长一成以上。",
    "合作社负责人介绍，今年新修了两条运输便道，果子从地头到冷库的时间缩短了一半。",
    "县农业部门组织技术人员进村指导，帮助果农防治病虫害、改良土壤，提高果品品质。",
    "据了解，当地还与多家电商平台合作开设直播间，帮助果农拓宽销售渠道，增加收入。",
    "不少外出务工的年轻人也回到村里，跟着老一辈学种果树，一起经营家庭农场。",
    "下一步，县里计划建设果品分拣中心，统一品牌和包装，让山里的苹果卖出好价钱。",
]  # a made-up six-paragraph story: the body a test line is put into

KITCHEN_STORY = [
    "入冬以来，河畔的几个社区陆续开起了共享厨房，独居老人可以在这里和邻居一起做饭。",
    "社区负责人介绍，厨房由一间闲置的活动室改造而成，灶具和餐具都由附近的企业捐赠。",
    "每周三和周六，志愿者会带着老人去菜市场采购，再一起回到厨房做两三个家常菜。",
    "一位八十岁的老人说，过去一个人吃饭总是凑合，现在每周都盼着来这里热闹热闹。",
    "街道计划明年在另外三个社区推广这一做法，并为行动不便的老人提供送餐服务。",
]  # a made-up five-paragraph story (the unseen-layout sets' tests)
KITCHEN_TITLE = "河畔社区开起共享厨房"

WHARF_STORY = [
    "河畔区的老码头将在明年春天改建成滨江步道，全长约一点二公里，沿途设置休憩座椅。",
    "区建设部门表示，改建工程会保留码头原有的石砌驳岸，并在入口处设置历史介绍牌。",
    "附近居民对计划大多表示欢迎，但也有人担心施工期间的噪音会影响生活作息。",
    "建设部门回应，夜间不会施工，并将在工地四周加装隔音屏障，减少对居民的影响。",
]  # a made-up four-paragraph story (the later unseen-layout sets' tests)
WHARF_TITLE = "河畔老码头明年改建滨江步道"
WHARF_URL = "https://news.example.cn/city/20230708/1.html"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture_json(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def portal_page(
    headline: str,
    section: str,
    paragraphs: Iterable[str],
    *,
    info: str = "",
    head: str = "",
    inside: str = "",
    after: str = "",
) -> str:
    """A made-up portal article: ``<title>`` "headline_section_示例网", an ``<h1>``, the meta
    line ``info``, the story's ``<p>`` paragraphs (then ``inside``, in the same container),
    and ``after`` below the story container. ``head`` goes after the ``<title>``."""
    text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f"<html><head><title>{headline}_{section}_示例网</title>{head}</head><body>"
        f"<div class='main'><h1>{headline}</h1><div class='info'>{info}</div>"
        f"<div class='text'>{text}{inside}</div>{after}</div></body></html>"
    )


def framed_page(
    title: str,
    story_html: str,
    *,
    meta: str = "",
    above: str = "",
    side: str = "",
    site: str = "河畔网",
    section: tuple[str, str] = ("/city", "城事"),
    meta_class: str = "info",
) -> str:
    """A made-up article framed as a portal serves one: a nav bar, then (after ``above``)
    the story's container with its ``<h1>``, the meta line ``meta``, the story's markup and
    ``side``, then a footer: the frame the field readers must see past."""
    href, label = section
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_{site}</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a> <a href='{href}'>{label}</a></div>"
        f"{above}<div class='detail'><h1>{title}</h1><div class='{meta_class}'>{meta}</div>"
        f"<div class='text'>{story_html}</div>{side}</div>"
        "<div class='footer'><a href='/about'>关于我们</a></div></body></html>"
    )


def wharf_page(story: str, *, info: str = "2023-07-08 09:15", before: str = "") -> str:
    """The wharf story's page with ``story`` as its text's markup: the meta line ``info``,
    ``before`` between it and the text, a nav bar and a footer around: the page the layout
    sets' tests put widgets and boxes into."""
    return (
        f"<html><head><meta charset='utf-8'><title>{WHARF_TITLE} - 河畔晚报</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/city'>城市</a></div>"
        f"<div class='article'><h1>{WHARF_TITLE}</h1><div class='info'>{info}</div>{before}"
        f"<div class='text'>{story}</div></div>"
        "<div class='footer'>河畔晚报 版权所有</div></body></html>"
    )


def credited_page(*, top: str = "", tail: str = "", middle: str = "", heading: str = "") -> str:
    """The wharf story's page on a city portal with a credit's markup at the text's top,
    after its second paragraph (``middle``), at its end or under the headline (``heading``):
    the page the credit sets' tests put credit lines into."""
    text = [f"<p>{p}</p>" for p in WHARF_STORY]
    text.insert(2, middle)
    return (
        f"<html><head><meta charset='utf-8'><title>{WHARF_TITLE}_江畔网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/city'>城市</a></div>"
        f"<div class='detail'><h1>{WHARF_TITLE}</h1>{heading}"
        "<div class='meta'>2023-07-08 10:20 来源：江畔日报</div>"
        f"<div class='text'>{top}{''.join(text)}{tail}</div></div>"
        "<div class='footer'><a href='/about'>关于我们</a> 江ICP备00000001号</div>"
        "</body></html>"
    )


def wharf_markup(*, after: str = "", at: int | None = None, extra: str = "") -> str:
    """The wharf story's paragraphs as markup for ``wharf_page``, ``extra`` inserted before
    paragraph ``at`` and ``after`` closing the text."""
    parts = [f"<p>{x}</p>" for x in WHARF_STORY]
    if at is not None:
        parts.insert(at, extra)
    return "".join(parts) + after


FEED_WHEN = "2024-07-08 08:30"


def feed_page(
    meta: str = FEED_WHEN,
    *,
    site: str = "河畔网",
    title: str | None = None,
    before: Iterable[str] = (),
    closing: Iterable[str] = (),
    first: str = "",
    last: str = "",
    above: str = "",
    after: str = "",
    far: str = "",
) -> str:
    """The wharf story on a portal whose page runs on into a feed of other stories: the meta
    line ``meta`` under the ``<h1>`` (``above`` over it), paragraphs ``before`` and
    ``closing`` around the story, ``first`` glued to its first paragraph, ``last`` after its
    paragraphs in the text, ``after`` below the text, ``far`` below the feed; the ``<title>``
    is ``title`` or "headline_site". The page the field sets' tests put bylines into."""
    paragraphs = [*before, f"{first}{WHARF_STORY[0]}", *WHARF_STORY[1:], *closing]
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    bar = title if title is not None else f"{WHARF_TITLE}_{site}"
    return (
        f"<html><head><meta charset='utf-8'><title>{bar}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/city'>城事</a></div>"
        f"<div class='detail'>{above}<h1>{WHARF_TITLE}</h1><div class='info'>{meta}</div>"
        f"<div class='text'>{text}{last}</div>{after}</div>"
        + "".join(f"<div class='more'><p>相关推荐第{i}条</p></div>" for i in range(12))
        + f"{far}<div class='footer'><a href='/about'>关于我们</a></div></body></html>"
    )


def wharf_paragraphs(
    story: str, *, info: str = "2023-07-08 09:15", before: str = ""
) -> tuple[str, ...]:
    """The paragraphs extracted from ``wharf_page``."""
    return extract_article(wharf_page(story, info=info, before=before), WHARF_URL).paragraphs


def orchard_page(paragraphs: Iterable[str]) -> str:
    """``paragraphs`` (escaped) as the story of a made-up portal article about an orchard,
    with its time and source on the meta line: the page the credit tests put lines into."""
    return portal_page(
        "山区果园迎来采摘旺季",
        "乡村",
        (html.escape(p) for p in paragraphs),
        info="2024-10-01 08:00 来源：示例日报",
    )


def orchard_body_with(line: str, where: int) -> list[str]:
    """The body lines of the orchard page with ``line`` put before the story's paragraph
    ``where``: whether a line leaves the body or stays, wherever it stands."""
    paragraphs = [*ORCHARD_STORY[:where], line, *ORCHARD_STORY[where:]]
    return extract_article(orchard_page(paragraphs)).body.split("\n")


def with_line(story: list[str], extra: str, where: str) -> list[str]:
    """``story``'s paragraphs with ``extra`` at its "start", its "end" or in its middle
    (any other ``where``): a line tried at each place a body's edge rules treat apart."""
    paragraphs = list(story)
    if where == "end":
        paragraphs.append(extra)
    elif where == "start":
        paragraphs.insert(0, extra)
    else:
        paragraphs.insert(3, extra)
    return paragraphs


def wharf_extra(paragraphs: Iterable[str]) -> list[str]:
    """The paragraphs that are not the wharf story's: what a page's box left in the body."""
    return [p for p in paragraphs if p not in WHARF_STORY]


def wharf_tail_extra(after: str) -> list[str]:
    """What of ``after``, markup closing the wharf story's text, the body keeps."""
    kept = wharf_paragraphs(wharf_markup(after=after))
    assert kept[: len(WHARF_STORY)] == tuple(WHARF_STORY)
    return wharf_extra(kept)


def wharf_head_page(box: str) -> str:
    """The wharf story with ``box`` over its first paragraph, in the article's block under a
    meta line the body keeps no track of (no bad line stands before the box)."""
    text = "".join(f"<p>{p}</p>" for p in WHARF_STORY)
    return (
        f"<html><head><meta charset='utf-8'><title>{WHARF_TITLE}_河畔网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/city'>城市</a></div>"
        f"<div class='article'><h1>{WHARF_TITLE}</h1>"
        "<div class='info'>发布时间：2023-07-08 09:15　来源：河畔晚报</div>"
        f"{box}{text}</div><div class='footer'>河畔网 版权所有</div></body></html>"
    )


def wharf_head_extra(box: str) -> list[str]:
    """What of ``box``, set over the wharf story, the body keeps."""
    kept = extract_article(wharf_head_page(box), WHARF_URL).paragraphs
    assert kept[-len(WHARF_STORY) :] == tuple(WHARF_STORY)
    return wharf_extra(kept)


def as_paragraphs(lines: Iterable[str], style: str = "") -> str:
    """Each line as a ``<p>`` (with an inline ``style`` when given)."""
    attr = f" style='{style}'" if style else ""
    return "".join(f"<p{attr}>{line}</p>" for line in lines)


def site_article(
    body: str,
    *,
    title: str,
    site: str,
    section: tuple[str, str] = ("/news/", "新闻"),
    info: str = "",
    head: str = "",
    after: str = "",
    below: str = "",
    heading: str | None = None,
    title_bar: str | None = None,
    nav_extra: str = "",
    footer: str | None = None,
) -> str:
    """A made-up article page of a small news site as the real-page sets' tests build it: a
    nav bar, the article container (``<h1>``, the meta line ``info``, the story's markup
    ``body``, then ``after``), ``below`` it, and a footer naming ``site``. ``heading`` is
    the ``<h1>``'s text when it differs from ``title``; ``title_bar`` the ``<title>``'s."""
    href, label = section
    bar = f"{title}_{site}" if title_bar is None else title_bar
    foot = f"关于我们 | {site} 版权所有" if footer is None else footer
    return (
        f"<html><head><title>{bar}</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a> <a href='{href}'>{label}</a>{nav_extra}</div>"
        f"<div class='article'><h1>{title if heading is None else heading}</h1>"
        f"<div class='info'>{info}</div>"
        f"<div class='content'>{body}</div>{after}</div>{below}"
        f"<div class='footer'>{foot}</div></body></html>"
    )
