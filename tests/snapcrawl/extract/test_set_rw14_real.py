"""Shapes seen on a random sample of real saved pages (issue 14, set R14: pages drawn by
seed from a public web-archive repository's unsorted news folder), reduced to their form
with made-up outlets, people and wordings other than the set pages':

- a template's credit fields left blank in a row of inline spans ("文字编辑：" then
  "题图来源：", "来源:" then "【字体：大中小】"): the next label's word is no editor and no
  source;
- an interview transcript under the story ("记者：…？" turns): the reporter's question is
  no byline;
- the editor of record in ``<meta name="author">`` ("责任编辑：X" on the page, the visible
  byline 佚名): X is the page's editor, not its author;
- an editor credit naming the desk ("编辑：X编辑"): no one;
- a paragraph with a credit and a reprint notice glued in brackets after its last sentence
  ("…。(摄影:X/转载请注明出处)"): the paragraph stays the story's;
- a browser's saved network-error page (``<body class="neterror">``): not an article.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import NotAnArticle, extract_article
from snapcrawl.extract.classify import classify_page

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-city.cn/news/2023/0612/4471.html"
STORY = [
    "六月上旬，城西老厂房改造的社区图书馆正式开放，首批上架图书超过两万册，周末的阅览区座无虚席。",
    "据街道办介绍，图书馆保留了厂房原有的钢架和红砖外墙，内部划分为儿童绘本区、自习区和老年阅览区。",
    "住在附近的中学生陈一帆说，以前周末只能去市中心的图书馆，路上要花一个多小时，现在走路十分钟就到。",
    "街道办表示，下一步将与周边学校合作，每月举办两次亲子阅读和讲座活动，并延长夜间开放时间。",
]


def _page(
    body: str, *, info: str = "2023-06-12 09:10 来源：江城日报", head: str = "", after: str = ""
) -> str:
    title = "老厂房变身社区图书馆 周末阅览区座无虚席"
    return site_article(
        body,
        title=title,
        site="示例城市网",
        info=info,
        head=head,
        after=after,
        title_bar=f"{title}_社会_示例城市网",
        nav_extra=" <a href='/city/'>城事</a>",
        footer="关于我们 | 联系我们 | 示例城市网 版权所有",
    )


def test_blank_editor_field_takes_no_next_label() -> None:
    fields = (
        "<div class='edit-info'><span>栏目主编：孙立</span> <span>文字编辑：</span> "
        "<span>封面来源：</span> <span>图片编辑：</span> <span>编辑邮箱：</span></div>"
    )
    article = extract_article(_page(_paras(STORY), after=fields), URL)
    assert article.editor is None


def test_blank_source_label_takes_no_toolbar_label() -> None:
    info = (
        "2023-06-12 09:10 <span>来源:  </span> "
        "<span>【字体： <a>大</a> <a>中</a> <a>小</a>】</span>"
    )
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.source is None


def test_reporter_question_in_transcript_is_no_byline() -> None:
    talk = [
        "访谈",
        "记者：那您呢，开馆以后最想做什么？",
        "馆长：先把少儿区的活动办起来。",
        "记者：读者最多的是哪个时段？",
        "馆长：周六下午，差不多要排队。",
    ]
    article = extract_article(_page(_paras(STORY + talk)), URL)
    assert article.author is None
    assert "记者：那您呢，开馆以后最想做什么？" in article.paragraphs


def test_meta_author_shown_only_as_editor_is_no_author() -> None:
    head = '<meta name="author" content=" 郑可欣">'
    info = "发布时间：2023-06-12 09:10 | 来源：江城日报 | 作者： 佚名"
    after = "<div class='editor'>责任编辑： 郑可欣</div>"
    article = extract_article(_page(_paras(STORY), info=info, head=head, after=after), URL)
    assert article.author is None
    assert article.editor == "郑可欣"


def test_meta_author_shown_as_byline_stays() -> None:  # control
    head = '<meta name="author" content="郑可欣">'
    info = "2023-06-12 09:10 来源：江城日报"
    body = _paras(STORY) + "<p class='byline'>郑可欣 文</p>"
    after = "<div class='editor'>责任编辑：周南</div>"
    article = extract_article(_page(body, info=info, head=head, after=after), URL)
    assert article.editor == "周南"
    assert article.author != "周南"


@pytest.mark.parametrize("desk", ["江城编辑", "本网编辑组"])
def test_desk_named_as_editor_is_no_one(desk: str) -> None:
    info = f"来源：江城日报 编辑：{desk} 时间：2023-06-12"
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.editor is None


def test_person_named_as_editor_stays() -> None:  # control
    info = "来源：江城日报 编辑：梁思远 时间：2023-06-12"
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.editor == "梁思远"


def test_paragraph_with_glued_reprint_notice_stays() -> None:
    last = (
        "开馆当天，街道还组织了旧书交换活动，居民带来的三千多册图书将分批上架，"
        "不少老人特意把珍藏多年的连环画捐了出来，"
        "图书馆也将根据借阅数据调整采购书目。(撰稿、摄影:林墨/本文版权所有,转载请注明作者和出处)"
    )
    article = extract_article(_page(_paras([*STORY, last])), URL)
    assert article.paragraphs[-1].startswith("开馆当天，街道还组织了旧书交换活动")


def test_notice_paragraph_still_goes() -> None:  # control: the whole line is a notice
    notice = "本站部分文章来自互联网，版权归原作者所有，转载请注明出处。(如有侵权请联系删除)"
    article = extract_article(_page(_paras([*STORY, notice])), URL)
    assert "如有侵权" not in article.body


NETERROR = (
    "<html dir='ltr' lang='zh'><head><title>www.example-city.cn</title></head>"
    "<body class='neterror'><div id='main-frame-error' class='interstitial-wrapper'>"
    "<div id='main-content'><div class='icon icon-generic'></div>"
    "<div id='main-message'><h1><span>无法访问此网站</span></h1>"
    "<p>连接已重置。</p><div id='suggestions-list'><p>请试试以下办法：</p><ul>"
    "<li>检查网络连接</li><li>检查代理服务器和防火墙</li><li>运行 Windows 网络诊断</li>"
    "</ul></div><div class='error-code'>ERR_CONNECTION_RESET</div></div></div>"
    "<div id='buttons'><button id='reload-button'>重新加载</button>"
    "<button id='details-button'>详细信息</button></div>"
    "<div id='details'><p>如果您使用代理服务器，请检查您的代理设置或与网络管理员联系，"
    "确认代理服务器是否正常运行。如果您认为自己不需要使用代理服务器，"
    "请在浏览器设置中调整代理设置，然后重新加载此网页。</p></div></div></body></html>"
)


def test_browser_error_page_is_no_article() -> None:
    with pytest.raises(NotAnArticle):
        extract_article(NETERROR, URL)
    assert classify_page(NETERROR, URL) != "article"


def test_meta_author_shown_as_editor_without_blank_byline_stays() -> None:  # control
    head = '<meta name="author" content="郑可欣">'
    info = "2023-06-12 09:10 来源：江城日报"
    after = "<div class='editor'>编辑：郑可欣</div>"
    article = extract_article(_page(_paras(STORY), info=info, head=head, after=after), URL)
    assert article.author == "郑可欣"


@pytest.mark.parametrize("prompt", ["这篇文章对你有帮助吗？", "Was this article helpful?"])
def test_feedback_widget_under_story_is_no_paragraph(prompt: str) -> None:
    body = _paras(STORY) + f"<div class='feedback'><p>{prompt}</p><button>是</button></div>"
    article = extract_article(_page(body), URL)
    assert prompt not in article.body
    assert article.paragraphs[-1] == STORY[-1]


def test_story_asking_what_someone_thinks_stays() -> None:  # control
    line = "你觉得这个方案怎么样？"
    article = extract_article(_page(_paras([*STORY[:2], line, *STORY[2:]])), URL)
    assert line in article.paragraphs
