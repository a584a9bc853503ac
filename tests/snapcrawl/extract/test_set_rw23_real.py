"""Shapes seen on a random sample of real saved pages (issue 14, set R23: pages drawn by
seed from a public web-archive repository's unclassified news folder), reduced to their
form with made-up outlets, people and wordings other than the set pages':

- a read counter in tens of thousands on the meta line ("3万次阅读"): a count, not a name;
- a story's closing comment in the outlet's own voice ("我们希望…") after a sentence that
  names someone's rights (权益): the story's last paragraph, not the host's notice;
- a "来源：X" line right under a picture (outside any ``<figure>``): the picture's credit,
  never the story's source;
- a source glued to how the outlet made the piece ("X编译"): the outlet is X;
- a CMS that fills ``<meta name="author">`` with the desk editor shown only as 责任编辑: no
  writer is credited;
- a badge in its own element after the heading's text ("自动翻译"): not the title's;
- a Taiwanese desk's byline naming its reporter ("生活中心／X報導"): X is the author;
- Chromium's certificate interstitial and an adult site's age gate saved in place of the
  page: no article;
- the outlet's name alone over the date, read as the source: not the story's first line.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import NotAnArticle, extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-lakeside.cn/city/2024/0508/7731.html"
STORY = [
    "湖畔区的社区食堂开业半年，每天中午来吃饭的老人已经超过两百位，窗口前常常排起长队。",
    "食堂的菜单每周更换一次，荤素搭配，一份套餐十二元，八十岁以上的老人还能再打八折。",
    "街道负责人说，食堂的场地由一处闲置的仓库改造而成，装修和设备的钱由区里和街道分担。",
    "附近的中学生周末会来做志愿者，帮忙打饭、收拾餐具，有的老人已经能叫出他们的名字。",
    "食堂还开通了送餐服务，腿脚不便的老人打个电话，饭菜半小时内就能送到家门口。",
]
TITLE = "社区食堂开业半年 老人吃饭不再发愁"


def _page(body: str, *, info: str = "2024-05-08 09:30", head: str = "", after: str = "") -> str:
    return site_article(
        body,
        title=TITLE,
        site="湖畔生活网",
        section=("/city/", "城市"),
        info=info,
        head=head,
        after=after,
    )


def test_a_read_counter_in_tens_of_thousands_names_no_one() -> None:
    for counter in ("3万次阅读", "1.5万次阅读", "12万次浏览"):
        info = f"2024年05月08日 &nbsp; • &nbsp; {counter}"
        article = extract_article(_page(_paras(STORY), info=info), URL)
        assert article.author is None, counter
        assert article.source is None, counter


def test_a_closing_comment_in_the_outlets_voice_stays() -> None:
    close = (
        "对于一座老龄化程度不低的城区来说，老人吃饭的问题从来不是小事。但在保障老人基本"
        "权益这件事上，湖畔区算是交出了一份像样的答卷。我们希望其他城区也能借鉴这里的做法，"
        "让更多老人在家门口就能吃上一口热饭。"
    )
    article = extract_article(_page(_paras([*STORY, close])), URL)
    assert close in article.body


def test_a_rights_notice_that_speaks_as_the_page_still_goes() -> None:
    notice = "本文图片来自网络，如有侵犯您的权益，请联系我们删除。"
    article = extract_article(_page(_paras(STORY) + f"<p>{notice}</p>"), URL)
    assert notice not in article.body


def _picture(name: str) -> str:
    return f"<div class='img'><div class='wrap'><img src='/img/{name}.webp' alt=''></div></div>"


def test_a_source_line_under_a_picture_is_the_pictures() -> None:
    body = (
        _paras(STORY[:2])
        + _picture("a")
        + "<p>来源：Lakeside Photo Club</p>"
        + _paras(STORY[2:4])
        + _picture("b")
        + "<p>来源：城东摄影社</p>"
        + _paras(STORY[4:])
    )
    article = extract_article(_page(body), URL)
    assert article.source not in ("Lakeside Photo Club", "城东摄影社")
    assert STORY[-1] in article.body


def test_a_source_line_with_no_picture_above_is_still_read() -> None:
    article = extract_article(_page(_paras(STORY) + "<p>来源：湖畔晚报</p>"), URL)
    assert article.source == "湖畔晚报"


@pytest.mark.parametrize(
    ("line", "outlet"), [("来源：LKNEWS编译", "LKNEWS"), ("来源：湖畔晚报编译", "湖畔晚报")]
)
def test_a_source_glued_to_its_translation_note_is_the_outlet(line: str, outlet: str) -> None:
    info = f"作者：林远山 {line} 2024-05-08"
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.source == outlet


def test_a_meta_author_shown_only_as_the_desk_editor_is_no_writer() -> None:
    head = "<meta name='author' content='孙晓梅'>"
    after = "<div class='zbry'>【责任编辑：孙晓梅】</div>"
    article = extract_article(_page(_paras(STORY), head=head, after=after), URL)
    assert article.editor == "孙晓梅"
    assert article.author is None


def test_a_meta_author_shown_as_the_writer_stays() -> None:
    head = "<meta name='author' content='孙晓梅'>"
    info = "2024-05-08 09:30 作者：孙晓梅"
    article = extract_article(_page(_paras(STORY), head=head, info=info), URL)
    assert article.author == "孙晓梅"


def test_a_badge_in_its_own_element_after_the_heading_is_not_the_titles() -> None:
    head = f"<meta property='og:title' content='{TITLE}'>"
    html = site_article(
        _paras(STORY),
        title=TITLE,
        site="湖畔生活网",
        head=head,
        heading=f"{TITLE} <span class='desc'><i class='icon'></i> 机器翻译</span>",
    )
    assert extract_article(html, URL).title == TITLE


def test_a_heading_longer_than_a_cut_short_tag_keeps_its_words() -> None:
    head = "<meta property='og:title' content='社区食堂开业半年'>"
    html = site_article(
        _paras(STORY), title=TITLE, site="湖畔生活网", head=head, heading="社区食堂开业半年老人"
    )
    assert extract_article(html, URL).title == "社区食堂开业半年老人"


@pytest.mark.parametrize(
    ("byline", "name"), [("生活中心／林佩珊報導", "林佩珊"), ("地方中心/許志明報導", "許志明")]
)
def test_a_desks_byline_naming_its_reporter_gives_the_author(byline: str, name: str) -> None:
    body = f"<p>{byline}<br><br>{STORY[0]}</p>" + _paras(STORY[1:])
    info = "<span>湖畔新聞網</span> <time>2024年5月8日</time>"
    article = extract_article(_page(body, info=info), URL)
    assert article.author == name
    assert byline not in article.body


def test_a_desks_filing_note_from_a_city_names_no_writer() -> None:
    body = "<p>社會中心／台中報導</p>" + _paras(STORY)
    article = extract_article(_page(body), URL)
    assert article.author is None


def test_a_certificate_interstitial_is_no_article() -> None:
    html = (
        "<html><head><title>Privacy error</title></head><body id='body' class='ssl'>"
        "<div class='interstitial-wrapper'><div id='main-content'><div id='main-message'>"
        "<h1>您的连接不是私密连接</h1><p>攻击者可能会试图从 www.example-lakeside.cn 窃取您的信息"
        "（例如：密码、通讯内容或信用卡信息）。</p><div id='error-code'>NET::ERR_CERT_DATE_INVALID"
        "</div></div></div><div id='details'><p>此服务器无法证明它是 www.example-lakeside.cn；"
        "其安全证书已过期。出现此问题的原因可能是配置有误或您的连接被拦截了。</p>"
        "<p>继续前往 www.example-lakeside.cn（不安全）</p></div></div></body></html>"
    )
    with pytest.raises(NotAnArticle):
        extract_article(html, URL)


def test_an_age_gate_over_the_page_is_no_article() -> None:
    html = (
        "<html><head><title>示例影库 - 首页</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/new'>最新</a>"
        " <a href='/hot'>热门</a></div>"
        "<div class='list'>"
        + "".join(f"<div class='card'><a href='/v/{i}'>视频{i}</a> 2年前</div>" for i in range(8))
        + "</div><div class='modal'><h1>欢迎光临示例影库</h1>"
        "<p>本网站使用 Cookie 记录您的登录状态，继续浏览即表示您同意我们使用 Cookie。</p>"
        "<p>本站内容仅限成年人浏览，请确认您已年满18周岁</p><p>我已成年，进入本站</p>"
        "<p>离开</p><div class='foot'>© 2015 示例影库 版权所有</div></div></body></html>"
    )
    with pytest.raises(NotAnArticle):
        extract_article(html, URL)


def test_the_outlets_name_alone_over_the_date_is_not_the_story() -> None:
    body = "<div class='head'><span>湖畔新聞網</span></div><div><time>2024年5月8日</time></div>"
    article = extract_article(_page(body + _paras(STORY), info=""), URL)
    assert article.source == "湖畔新聞網"
    assert article.paragraphs[0] == STORY[0]
