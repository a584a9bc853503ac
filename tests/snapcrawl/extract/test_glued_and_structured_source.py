"""A sign-off glued to the last paragraph, and the outlet a page's JSON-LD names.

Pages and wordings made up for these tests: a short story about a riverside library, with
the closing credit written inside its last ``<p>`` ("…。（记者 姚峰 上海报道）") the way many
newspaper sites do, and JSON-LD blocks as a CMS writes them for a reprint (the original
outlet as ``publisher``, ``sourceOrganization`` or ``isBasedOn``) and for a page whose host
is the outlet.
"""

from __future__ import annotations

import json

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.dom import parse_html
from snapcrawl.extract.glued_credit import split_tail
from snapcrawl.extract.structured import read_json_ld

from .conftest import portal_page

STORY = [
    "滨江图书馆新馆本周末起试开放，首批开放阅览区、少儿区和自习区，共设座位一千二百个。",
    "新馆由旧纺织仓库改建而成，保留了原有的砖墙和木屋架，屋顶加装了采光天窗。",
    "馆方介绍，试开放期间每天限流三千人次，读者需提前一天在线预约，到馆后刷证入场。",
    "少儿区每周六上午安排绘本故事会，由志愿者和馆员轮流讲读，适合四到八岁的孩子参加。",
    "新馆正式开放后还将开设古籍修复体验课和城市记忆展，展出老街区的照片和口述录音。",
]
LAST = "馆方表示，将根据试开放期间的读者意见调整开放时间和座位布局，力争年底前全面开放。"


def page(
    *, last: str = LAST, head: str = "", info: str = "2024-11-03 09:12", after: str = ""
) -> str:
    story = [*STORY, last]
    return portal_page("滨江图书馆新馆试开放", "城市", story, info=info, head=head, after=after)


# --- a glued sign-off: read as a credit line, the paragraph kept as written ---------------


@pytest.mark.parametrize(
    ("tail", "field", "value"),
    [
        ("（记者 姚峰 上海报道）", "author", "姚峰"),
        ("(记者 姚峰)", "author", "姚峰"),
        ("（海港晚报记者 姚峰）", "author", "姚峰"),  # the outlet before the role
        ("（本报记者 姚峰 实习生 李丽）", "author", "姚峰"),
        ("【编辑：刘洋】", "editor", "刘洋"),
        ("（编辑 刘洋 审核 陈晨）", "editor", "刘洋"),
        ("（来源：海港晚报）", "source", "海港晚报"),
    ],
)
def test_glued_sign_off_fills_its_field(tail, field, value):
    article = extract_article(page(last=LAST + tail))
    assert getattr(article, field) == value
    # every gold set we score keeps a glued credit in its paragraph: the body does too
    assert article.paragraphs[-1] == LAST + tail


def test_glued_sign_off_reads_as_the_same_credit_alone_on_its_line():
    for tail in ("（记者 姚峰 上海报道）", "（总台记者 张倩）", "（姚峰）"):
        glued = extract_article(page(last=LAST + tail))
        alone = extract_article(page(after=f"<p>{tail}</p>"))
        assert (glued.author, glued.editor, glued.source) == (
            alone.author,
            alone.editor,
            alone.source,
        )
        assert glued.author is not None


def test_paragraph_ending_in_an_editor_credit_stays_in_the_body():
    """A short last paragraph with 责任编辑 in it reads as a credit line as a whole: the
    paragraph comes back, and the editor is read from its tail."""
    last = "新馆将于元旦前后正式开放，具体日期另行通知。"
    article = extract_article(page(last=last + "（责任编辑：王敏）"))
    assert article.paragraphs[-1] == last + "（责任编辑：王敏）"
    assert article.editor == "王敏"


def test_glued_sign_off_before_a_trailing_credit_line():
    article = extract_article(page(last=LAST + "（记者 姚峰）", after="<p>责任编辑：刘洋</p>"))
    assert (article.author, article.editor) == ("姚峰", "刘洋")
    assert article.paragraphs[-1] == LAST + "（记者 姚峰）"


@pytest.mark.parametrize(
    "text",
    [
        "会议将于下月十五日在市民中心召开。（记者 姚峰 上海报道）",
        "会议将于下月十五日在市民中心召开。 (完)",
        "会议将于下月十五日在市民中心召开！【编辑：刘洋】",
        "会议将于下月召开，届时将公布方案。（来源：海港晚报）",
        "“我们会继续努力。”（记者 姚峰）",
    ],
)
def test_split_tail_cuts_a_credit_after_a_finished_sentence(text):
    story, tail = split_tail(text)
    assert story + text[len(story) : -len(tail)] + tail == text  # nothing lost or changed
    assert story.endswith(("。", "！", "”"))
    assert tail[0] in "（(【"


@pytest.mark.parametrize(
    "text",
    [
        "馆方与海港晚报（记者站）合作开设了阅读专栏",  # no finished sentence before it
        "据海港晚报（记者 姚峰）报道，新馆将于下月开放。",  # a bracket inside a sentence
        "新馆保留了原有的砖墙和木屋架。（图为新馆的阅览区）",  # a picture note: the story's
        "馆长在开幕式上说：谢谢大家的支持！（掌声）",  # a stage note, not a signed name
        "一位读者说，这里很安静。（“比家里还安静”）",  # a quoted aside
        "新馆将于下月开放。（此前馆方曾表示，开放时间可能推迟到明年春天，视施工进度而定）",
        "新馆将于下月开放。（待续）",
        "（记者 姚峰）",  # a credit alone is a credit line, not a glued tail
        "开放。（记者 姚峰）",  # too short a paragraph to be one
    ],
)
def test_split_tail_leaves_what_is_not_a_glued_credit(text):
    assert split_tail(text) is None


@pytest.mark.parametrize(
    "last",
    [
        LAST + "（图为新馆的阅览区）",
        "馆长在开幕式上说：谢谢大家的支持！（掌声）",
        "据海港晚报（记者 姚峰）报道，新馆将于下月开放，届时将同步开放地下停车场。",
    ],
)
def test_near_misses_stay_in_the_body_and_name_no_one(last):
    article = extract_article(page(last=last))
    assert article.paragraphs[-1] == last
    assert article.author != "掌声"


def test_credit_glued_to_a_paragraph_inside_the_story_is_not_read_as_a_sign_off():
    """Only the story's last paragraph signs it off: a roundup's item credit inside the
    story stays where it is."""
    story = [*STORY[:2], STORY[2] + "（记者 李丽）", *STORY[3:]]
    html = page().replace(STORY[2], story[2])
    article = extract_article(html)
    assert story[2] in article.paragraphs


# --- the outlet the JSON-LD names ---------------------------------------------------------


def ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "滨江图书馆新馆试开放",
}


@pytest.mark.parametrize(
    "fields",
    [
        {"publisher": {"@type": "Organization", "name": "海港晚报"}},
        {"publisher": "海港晚报"},
        {"sourceOrganization": {"@type": "NewsMediaOrganization", "name": "海港晚报"}},
        {
            "isBasedOn": {
                "@type": "NewsArticle",
                "publisher": {"@type": "Organization", "name": "海港晚报"},
            }
        },
        {"provider": [{"@type": "Organization", "name": "海港晚报"}]},
    ],
)
def test_json_ld_outlet_is_the_source_when_the_page_labels_none(fields):
    article = extract_article(
        page(head=ld({**ARTICLE, **fields})), "https://www.example.cn/a/1.html"
    )
    assert article.source == "海港晚报"


def test_based_on_beats_the_host_publisher():
    data = {
        **ARTICLE,
        "publisher": {"@type": "Organization", "name": "示例网"},
        "isBasedOn": {"@type": "NewsArticle", "publisher": {"name": "海港晚报"}},
    }
    assert extract_article(page(head=ld(data))).source == "海港晚报"


def test_labelled_source_beats_the_json_ld_publisher():
    head = ld({**ARTICLE, "publisher": {"@type": "Organization", "name": "江城日报"}})
    article = extract_article(page(head=head, info="2024-11-03 09:12 来源：海港晚报"))
    assert article.source == "海港晚报"


def test_meta_source_tag_beats_the_json_ld_publisher():
    head = '<meta name="source" content="海港晚报">' + ld({**ARTICLE, "publisher": "江城日报"})
    assert extract_article(page(head=head)).source == "海港晚报"


def test_publisher_that_is_the_host_is_not_a_reprint_source():
    """示例网 is the host (the title's suffix): a publisher naming it says where the page is;
    shaped like an outlet (…网) it stands in as og:site_name does, after any other."""
    head = ld({**ARTICLE, "publisher": {"@type": "Organization", "name": "示例网"}})
    assert extract_article(page(head=head)).source == "示例网"
    with_author = head + '<meta name="author" content="江城日报">'
    assert extract_article(page(head=with_author)).source == "江城日报"


def test_publisher_that_is_the_host_and_no_outlet_gives_no_source():
    head = ld({**ARTICLE, "publisher": {"@type": "Organization", "name": "示例"}})
    html = page(head=head).replace("_示例网</title>", "_示例</title>")
    assert extract_article(html).source is None


@pytest.mark.parametrize(
    "fields",
    [
        {"isBasedOn": "https://www.example.org/news/1.html"},  # an address, not a name
        {
            "publisher": {"@type": "Organization", "name": "海港晚报传媒集团有限公司新媒体中心"}
        },  # too long
        {"publisher": {"@type": "Organization"}},
    ],
)
def test_json_ld_fields_that_name_no_outlet(fields):
    assert extract_article(page(head=ld({**ARTICLE, **fields}))).source is None


def test_read_json_ld_stores_each_outlet_field():
    html = (
        "<html><head>"
        + ld(
            {
                **ARTICLE,
                "publisher": {"name": "示例网"},
                "sourceOrganization": {"name": "海港晚报"},
                "isBasedOn": {"@type": "CreativeWork", "sourceOrganization": {"name": "江城日报"}},
            }
        )
        + "</head><body></body></html>"
    )
    found = read_json_ld(parse_html(html))
    assert found["ld:publisher"] == "示例网"
    assert found["ld:sourceorganization"] == "海港晚报"
    assert found["ld:basedon"] == "江城日报"


# --- a republisher's appended sign-off against the meta line's own author ------------------


@pytest.mark.parametrize("tail", ["（记者 陈朗）", "(记者 陈朗)", "（海港晚报记者 陈朗）"])
def test_a_labelled_author_in_the_meta_line_wins_over_a_sign_off(tail):
    """A mirror appends "（记者 X）" to a story whose meta line names its author: the label
    is the page's own statement, the sign-off a later addition."""
    article = extract_article(page(last=LAST + tail, info="2024-11-03 09:12 作者：吴凡"))
    assert article.author == "吴凡"
    alone = extract_article(page(last=LAST + tail))
    assert alone.author == "陈朗"  # with no label, the sign-off names the author


def test_a_glued_sign_off_kept_in_the_body_is_not_listed_as_removed_noise():
    tail = "（记者 姚峰 上海报道）"
    article = extract_article(page(last=LAST + tail))
    assert article.paragraphs[-1].endswith(tail)
    assert not any(tail in text for text in article.noise)
