"""The outlet and author a page's script states about its article (script_fields.py), and
the scripts that name other things: related stories, ads, trackers, players, comments.
Every page, key name and wording here is made up."""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.script_fields import read_script_fields

from .conftest import portal_page

HEADLINE = "海港新区启用首批智能公交候车亭"
TITLES = (f"{HEADLINE}_社会_示例网", HEADLINE)
STORY = [
    "记者从海港新区交通局获悉，首批二十座智能公交候车亭本周起在新区主干道投入使用，"
    "候车亭配有实时到站屏、充电插口和夜间照明，市民可在屏上查询线路换乘信息。",
    "交通局有关负责人介绍，候车亭的顶棚铺设了太阳能板，白天所发电量可满足夜间照明需要，"
    "明年还将在新区其余十二条线路上推广，届时覆盖全部公交站点的七成以上。",
    "不少市民表示，过去在站台上只能干等，现在抬头就能看到车还有几站到，出行心里更有底了，"
    "也希望老城区的站台能早日用上同样的设施。",
]


def _fields(*scripts: str) -> dict[str, str]:
    return read_script_fields(list(scripts), TITLES)


@pytest.mark.parametrize(
    ("script", "source"),
    [
        # a portal's page data, the article nested under its own key
        (
            f'var pageBundle = {{"chan": "社会", "story": {{"title": "{HEADLINE}", '
            '"releaseTime": "2031-04-02 09:15", "source": "东岭晚报"}}}};',
            "东岭晚报",
        ),
        # one variable a line, as a CMS template writes them
        (f"var __$headline='{HEADLINE}';\nvar __$media='北湾日报';\n", "北湾日报"),
        # the outlet in a sub-object of the article's object (its title above it)
        (
            f"storyState: {{ heading: '{HEADLINE}', meta: {{ original: true, "
            "mediaName: '南坪商报', at: '2031-04-02' }} }}",
            "南坪商报",
        ),
        # no title, but an article id and the key stated once
        (
            "window.pageConf = { docid: 'Q7xk2Lm9', section: '社会', srcName: '西岭广播电视台' };",
            "西岭广播电视台",
        ),
        # a CMS's own key for it
        (f'var cmsData = {{"title": "{HEADLINE}", "cmsSource": "南坪商报"}};', "南坪商报"),
        # escaped as JSON with ensure_ascii
        (
            f'var pd = {{"title": "{HEADLINE}", "copyFrom": "\\u4e1c\\u5cad\\u665a\\u62a5"}};',
            "东岭晚报",
        ),
    ],
)
def test_the_article_outlet_a_script_states(script: str, source: str) -> None:
    assert _fields(script).get("script:source") == source


@pytest.mark.parametrize(
    "title", [f"示例网::{HEADLINE}", f"示例网丨{HEADLINE}", f"示例网 | {HEADLINE}"]
)
def test_the_object_found_by_the_headline_after_the_sites_name(title: str) -> None:
    """The title's pieces are TITLE_SPLIT's (title_pieces): a site's name before "::" or
    "丨" is cut off, and the headline's opening names the object (the module's own copy of
    the split cut neither)."""
    script = f'var cmsData = {{"title": "{HEADLINE}", "cmsSource": "南坪商报"}};'
    assert read_script_fields([script], (title,)).get("script:source") == "南坪商报"


def test_the_author_of_the_article_object_nested_as_a_person() -> None:
    script = f'var story = {{"title": "{HEADLINE}", "author": {{"name": "林晓舟", "id": 88}}}};'
    assert _fields(script).get("script:author") == "林晓舟"


@pytest.mark.parametrize(
    "script",
    [
        # a list of related stories, each with its own outlet
        f'var moreReads = [{{"title": "{HEADLINE}", "source": "北湾日报"}}, '
        '{"title": "别的新闻", "source": "南坪商报"}];',
        # an ad slot's channel code
        f"var slotConf = {{ title: '{HEADLINE}', source: 'pc', pos: 'right' }};",
        # tracking keys
        f"var pageConf = {{ title: '{HEADLINE}', utm_source: 'share_wx', from_source: 'feed' }};",
        # a video player's source file
        f"vplayer.setup({{ title: '{HEADLINE}', source: 'https://v.example.invalid/a.mp4' }});",
        # the object is named as a share card: its source is the sharing channel
        f"var shareConf = {{ title: '{HEADLINE}', source: '东岭晚报' }};",
        # a library's code: "source" as a variable, never a string value
        "function f(source) { var source = this.source || other; return source; }",
        # an object about nothing on the page: no title, no id
        "var misc = { media: '北湾日报', theme: 'dark' };",
        # a portal's map of its channel names (a real page had "media": its own company)
        'var chanNames = {"auto": "示例汽车", "media": "示例传媒", "money": "示例财经"};',
        # a tracker's key ending in _source, beside the article's data
        f'var meta = {{"title": "{HEADLINE}", "page_view_source": "首页推荐"}};',
        # a code-like value with no Han character
        f"var story = {{ title: '{HEADLINE}', source: 'Onload' }};",
    ],
)
def test_no_outlet_from_scripts_about_other_things(script: str) -> None:
    assert "script:source" not in _fields(script)


@pytest.mark.parametrize(
    "script",
    [
        # a comment widget: readers' names, in a list
        f'var cmtData = {{"title": "{HEADLINE}", '
        '"items": [{"author": "路过的猫", "text": "好"}]};',
        # the latest comment as one object, named as such
        f"var panel = {{ title: '{HEADLINE}', lastComment: {{ author: '路过的猫' }} }};",
        # a value that is no name
        f"var story = {{ title: '{HEADLINE}', author: 'null' }};",
    ],
)
def test_no_author_from_scripts_about_readers(script: str) -> None:
    assert "script:author" not in _fields(script)


def _page(script: str, info: str = "") -> str:
    return portal_page(HEADLINE, "社会", STORY, info=info, head=f"<script>{script}</script>")


def test_extraction_fills_source_and_author_from_the_script_when_the_page_shows_none() -> None:
    script = (
        f'var pageBundle = {{"story": {{"title": "{HEADLINE}", "source": "东岭晚报", '
        '"writer": "林晓舟"}};'
    )
    article = extract_article(_page(script, info="2031-04-02 09:15"), "http://example.invalid/a/1")
    assert article.source == "东岭晚报"
    assert article.author == "林晓舟"


def test_what_the_page_shows_wins_over_the_script() -> None:
    script = (
        f'var pageBundle = {{"story": {{"title": "{HEADLINE}", "source": "东岭晚报", '
        '"writer": "林晓舟"}};'
    )
    info = "2031-04-02 09:15 来源：北湾日报 作者：苏沐"
    article = extract_article(_page(script, info=info), "http://example.invalid/a/1")
    assert article.source == "北湾日报"
    assert article.author == "苏沐"
