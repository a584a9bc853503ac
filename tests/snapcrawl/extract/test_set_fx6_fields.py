"""Field misses on real saved pages (issue 14, sets R45-R48: pages drawn from the public
web-archive repository transTerminus/webpage_archive). Each fixture under
``tests/fixtures/extract/webarchive/`` is the page's own markup around the kind, cut
down (the path it was cut from is named by each test); each kind is tested again on a
made-up page in a wording the archive's page does not use.

- an element marked as the source's URL ("Source URL" and its link) names no outlet;
- a retold wire dateline "据新华社电 …": the outlet is 新华社, not 据新华社;
- an outlet after the time on the meta line, with the page's font-size switch and a
  report link beside it ("… 法制晚报 字号控制：[ 小 中 大 ] 投诉/举报");
- a channel's link over the date (``href="/news?cate_PK=1"``) names no outlet;
- a publication label alone in its cell, the date in the next one ("发布日期" |
  "2015-02-27 09:01"): the date the page shows beats a ``DC.date.issued`` that disagrees;
- a copy of the story printing the hour on a 12-hour clock with no AM/PM ("03:11") where
  the page's meta line shows "15:11:37": the afternoon's time;
- a Republic-era date by the heading ("日期：109-08-03", 民國109年8月3日) beats a
  ``DC.Date`` tag of a later day;
- a team's names after 作者, set apart by commas, the last after 以及 ("作者: A, B, C, D,
  以及 E"), in a line longer than a credit line: every name is read;
- a paper's credit for its page after the story ("本版撰文 新报记者 X 通讯员 Y"): the
  reporter is the author;
- the one name on the meta line of a statement's page whose heading opens with that name
  ("X / 2023年2月9日" under "X对…的声明"): the statement's author, not the outlet;
- a heading set on two lines by ``<br>`` (title, subtitle) that ``<title>`` states whole:
  both lines are the title;
- og:title read for the title (no line taken for the heading) without the site's name
  after its separator ("X - 纬度新闻网"), og:site_name naming the site.
"""

from __future__ import annotations

from datetime import datetime

from snapcrawl.extract import extract_article
from snapcrawl.extract.page import read_page
from snapcrawl.extract.published import extract_published
from snapcrawl.extract.types import Article

from .conftest import as_paragraphs as _paras
from .conftest import fixture_bytes, site_article

SHANGHAI_OFFSET = "+08:00"
STORY = [
    "港口社區大學今年夏天開設木工課程，報名人數在一週內額滿，主辦單位決定加開兩個班。",
    "授課的老師傅已經做了四十年家具，他說最希望學員能親手做出一張自己用得上的椅子。",
    "課程每週六上午上課，學員從二十歲的大學生到七十多歲的退休教師都有，氣氛十分融洽。",
    "社區大學表示，課程結束後將舉辦成果展，展出學員的作品，也歡迎民眾到場參觀交流。",
]
HAN_STORY = [
    "入冬以来，河畔的几个社区陆续开起了共享厨房，独居老人可以在这里和邻居一起做饭。",
    "社区负责人介绍，厨房由一间闲置的活动室改造而成，灶具和餐具都由附近的企业捐赠。",
    "每周三和周六，志愿者会带着老人去菜市场采购，再一起回到厨房做两三个家常菜。",
    "街道计划明年在另外三个社区推广这一做法，并为行动不便的老人提供送餐服务。",
]
URL = "https://www.example-harbour.cn/news/7731.html"


def _fixture(name: str) -> Article:
    return extract_article(fixture_bytes(f"webarchive/{name}"))


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text + SHANGHAI_OFFSET)


# --- source ---------------------------------------------------------------------------


def test_an_element_marked_as_the_source_url_names_no_outlet() -> None:
    # raw/unclassify_news/www_人权专家敦促各国维护体育运动中对性少数群体的包容性_联合国日内瓦.html
    article = _fixture("ungeneva_source_url.html")
    assert article.source is None
    # made up: another site's marks (camel case) and label under the story
    box = (
        "<div class='news-source-url'><span class='sourceUrl'>Source link</span>"
        "<a href='https://news.example.org/a/1'>社区开起共享厨房</a></div>"
    )
    page = site_article(_paras(HAN_STORY), title="社区开起共享厨房", site="河畔新闻网", after=box)
    assert extract_article(page, URL).source is None


def test_a_retold_wire_dateline_names_the_agency() -> None:
    # raw/sina.cn/news_泰国新法18岁后才可变性.html
    assert _fixture("sina_according_wire.html").source == "新华社"
    # made up: 據X電 in traditional characters, another agency
    story = ["據中央社電 " + STORY[0], *STORY[1:]]
    page = site_article(_paras(story), title="社區大學木工課爆滿", site="港灣日報")
    assert extract_article(page, URL).source == "中央社"


def test_an_outlet_after_the_time_beside_the_font_switch_and_a_report_link() -> None:
    # raw/unclassify_news/m_卫生部规范变性手术须未婚年满20岁无犯罪证明.html
    assert _fixture("xixik_dated_outlet_tools.html").source == "法制晚报"
    # made up: the switch's buttons in another order, and a print button
    info = (
        "<span>2024-05-06 08:30</span> <a href='/s?q=1'>海港晚报</a> 字号控制：[ 大 中 小 ] "
        "<a href='#'>打印</a>"
    )
    page = site_article(_paras(HAN_STORY), title="社区开起共享厨房", site="河畔网", info=info)
    assert extract_article(page, URL).source == "海港晚报"


def test_a_channel_link_over_the_date_names_no_outlet() -> None:
    # raw/unclassify_news/www_倾国之约：广州玲距离十一变装狂欢节.html
    assert _fixture("lingjuli_channel_link.html").source is None
    # made up: a listing asked by its catid, a channel named like a paper's column
    info = "<a class='cat' href='/list.php?catid=12'>社区动态</a> <span>2024-05-06 08:30</span>"
    page = site_article(_paras(HAN_STORY), title="社区开起共享厨房", site="河畔网", info=info)
    assert extract_article(page, URL).source != "社区动态"


# --- published ------------------------------------------------------------------------


def test_a_date_in_the_cell_after_its_label_beats_a_disagreeing_issued_tag() -> None:
    # raw/unclassify_news/cn_【韩国id医院热点新闻】《澳门风云2》最美人妖poy真的美翻了！.html
    assert _fixture("kboard_date_cell.html").published_at == _at("2015-02-27T09:01")
    # made up: list items for cells, 发表时间： with its colon, the story read from its heading
    page = read_page(
        "<html><head><meta name='DC.date.issued' content='2023-11-02T01:00:00+00:00'></head>"
        "<body><h1>社区开起共享厨房</h1><ul><li>作者</li><li>管理员</li><li>发表时间：</li>"
        f"<li>2021年3月5日 10:20</li></ul><p>{HAN_STORY[0]}</p></body></html>",
        None,
        details=True,
    )
    found = extract_published(page.head, page.lines, page.lines[0], page.lines)
    assert found == _at("2021-03-05T10:20")


def test_a_twelve_hour_copy_of_the_time_yields_to_the_afternoon_it_shows() -> None:
    # raw/unclassify_news/www_全球最美男模宣布已变性-首页_-_青海新闻网.html
    assert _fixture("qhnews_twelve_hour_copy.html").published_at == _at("2014-07-28T15:11:37")
    # made up: the story's line says 09:05, a labelled line below the story 21:05 that day
    below = "<div class='pc-info'>来源：海港晚报 发布时间：2024年5月6日 21:05</div>"
    page = site_article(
        _paras(HAN_STORY),
        title="社区开起共享厨房",
        site="河畔网",
        info="2024-05-06 09:05",
        below=below,
    )
    assert extract_article(page, URL).published_at == _at("2024-05-06T21:05")


def test_a_morning_time_stays_when_no_line_shows_its_afternoon() -> None:
    page = site_article(
        _paras(HAN_STORY), title="社区开起共享厨房", site="河畔网", info="2024-05-06 09:05"
    )
    assert extract_article(page, URL).published_at == _at("2024-05-06T09:05")


def test_a_republic_era_date_by_the_heading_beats_a_later_dc_date() -> None:
    # raw/unclassify_news/www_「XX的房間」行政院多元性別宣導影片多語言版本上線囉!.html
    assert _fixture("moc_roc_date.html").published_at == _at("2020-08-03T00:00")
    # made up: the era written out, no label
    head = "<meta name='DC.Date' content='2023-04-24'>"
    page = site_article(
        _paras(STORY),
        title="社區大學木工課爆滿",
        site="港灣日報",
        info="<p>民國109年8月3日</p>",
        head=head,
    )
    assert extract_article(page, URL).published_at == _at("2020-08-03T00:00")


# --- author ---------------------------------------------------------------------------


def test_a_long_comma_list_of_authors_is_read_whole() -> None:
    # raw/unclassify_news/www_新冠疫情与以人为本：实现包容性复苏需要考虑的六个事项.html
    assert _fixture("worldbank_five_authors.html").author == (
        "Maitreyi Bordia Das、Sabina Anne Espinoza、Ede Jorge Ijjasz-Vasquez、Narae Choi、"
        "Sonya M. Sultan"
    )
    # made up: Chinese names, full-width commas, 和 before the last
    names = "欧阳明远，司马青云，诸葛晓兰，上官静怡，和 慕容思远"
    line = f"<p>作者：{names}（均为河畔大学城市规划研究中心研究人员）</p>"
    page = site_article(line + _paras(HAN_STORY), title="社区开起共享厨房", site="河畔网")
    assert extract_article(page, URL).author == "欧阳明远、司马青云、诸葛晓兰、上官静怡、慕容思远"


def test_a_papers_page_credit_after_the_story_names_the_reporter() -> None:
    # raw/sohu.com/news_国内最大变性男子成功隆胸服雌激素10多年(图)-搜狐新闻中心.html
    assert _fixture("sohu_page_credit_after_story.html").author == "沈颢"
    # made up: 本版文字, another paper's reporter, the credit out of the body
    last = "<p>本版文字 晚报记者 林木</p>"
    page = site_article(_paras(HAN_STORY) + last, title="社区开起共享厨房", site="河畔网")
    article = extract_article(page, URL)
    assert article.author == "林木"
    assert "本版文字" not in article.body


def test_the_issuer_of_a_statement_is_its_author_not_the_source() -> None:
    # raw/unclassify_news/
    #   christiantimes_香港性文化学会对变性人改身份证性别案的声明轻率打开潘朵拉盒子_.html
    article = _fixture("christiantimes_two_line_heading.html")
    assert (article.author, article.source) == ("香港性文化学会", None)
    # made up: 就…发表声明, the name and the date apart by spaces
    page = site_article(
        _paras(HAN_STORY),
        title="河畔律师公会就社区厨房条例草案发表声明",
        site="河畔网",
        info="河畔律师公会　2024年5月6日",
    )
    article = extract_article(page, URL)
    assert (article.author, article.source) == ("河畔律师公会", None)


# --- title ----------------------------------------------------------------------------


def test_a_heading_on_two_lines_is_the_title_when_title_states_both() -> None:
    # raw/unclassify_news/
    #   christiantimes_香港性文化学会对变性人改身份证性别案的声明轻率打开潘朵拉盒子_.html
    assert _fixture("christiantimes_two_line_heading.html").title == (
        "香港性文化学会对变性人改身份证性别案的声明 轻率打开潘朵拉盒子\u3000深远影响谁人来承担"
    )
    # made up: an h1 and the <title> joining its lines with a colon
    page = site_article(
        _paras(HAN_STORY),
        title="河畔社区开起共享厨房",
        heading="河畔社区开起共享厨房<br>独居老人有了热饭",
        title_bar="河畔社区开起共享厨房：独居老人有了热饭_河畔网",
        site="河畔网",
    )
    assert extract_article(page, URL).title == "河畔社区开起共享厨房 独居老人有了热饭"


def test_a_heading_on_two_lines_keeps_its_first_when_title_states_one() -> None:
    page = site_article(
        _paras(HAN_STORY),
        title="河畔社区开起共享厨房",
        heading="河畔社区开起共享厨房<br>独居老人有了热饭",
        site="河畔网",
    )
    assert extract_article(page, URL).title == "河畔社区开起共享厨房"


def test_og_title_read_for_the_title_leaves_the_site_name() -> None:
    # raw/unclassify_news/www_香港放宽跨性别人士改身份证，仍须切乳房、阴茎-_纬度新闻网.html
    # (whose h1 the page's selection left out of reach; a reduced copy reads the h1, so
    # the made-up page below, with no heading line at all, stands for it)
    page = (
        "<html><head><title>河畔社区开起共享厨房 | 河畔晚报</title>"
        "<meta property='og:site_name' content='河畔晚报 - hepan.example'>"
        "<meta property='og:title' content='河畔社区开起共享厨房 | 河畔晚报'></head>"
        f"<body><div class='story'>{_paras(HAN_STORY)}</div></body></html>"
    )
    assert extract_article(page, URL).title == "河畔社区开起共享厨房"
