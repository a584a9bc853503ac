"""Shapes seen on a random sample of real saved pages (issue 14, set R26: pages drawn by
seed from a public web-archive repository's news folder), reduced to their form with
made-up outlets, people and wordings other than the set pages':

- a portal's rights and disclaimer under a heading of their own led by the site's name
  ("X网版权与免责声明：" over one long line of clauses) after a short story: the host's
  notice, however long, and its quoted "稿件来源：X" is no source of the story;
- a related list's title framed in quote brackets ("『相关阅读』"), and a heading's "阅读更多"
  over a list of headlines set between the story's paragraphs;
- a translated story's foreign writer, a transliterated name alone under the lead
  picture's caption ("X·Y"): the author, not a paragraph;
- a guide's numbered parts ("2、《X》") each after a box of download buttons (高速下载,
  普通下载): the buttons go, the parts keep their titles;
- a lead box whose label is drawn as spaced letters ("导 读 …") repeating the first
  paragraph;
- "文：X｜圖：Y": the writer X; a writer's card under the lead picture's caption; a press
  release's "###" end mark; a wire date with hyphens ("5-Aug-2019"); a paper's account
  badge with its title marks ("《X报》官方账号").
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.dates import parse_date

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-lakeside.cn/news/2024/0618/7702.html"
STORY = [
    "湖滨镇的老码头今年春天完成了修缮，停了十几年的渡船又开始在早晚各跑一趟。",
    "摆渡的师傅今年五十八岁，他说父亲那一辈就在这条水路上讨生活，船桨的样子几十年没变过。",
    "修码头的石料大多是从旧堤岸上拆下来的，工人们一块块编号，再按原来的位置砌回去。",
    "通航那天，对岸村子里来了不少老人，有人带着孙子专门坐了一个来回。",
]


def _page(body: str, *, info: str = "2024-06-18 09:30 来源：湖滨晚报", after: str = "") -> str:
    return site_article(body, title="老码头的渡船又开了", site="湖滨在线", info=info, after=after)


def test_a_rights_notice_under_its_own_heading_is_the_hosts_however_long() -> None:
    notice = (
        "① 凡本站标明“稿件来源：湖滨在线（含湖滨晚报、湖滨商报）”的文字、图片和音视频，"
        "版权均属湖滨在线所有，未经本站书面授权，任何单位和个人不得转载、摘编或以其他方式"
        "使用。已获授权者使用时须注明“稿件来源：湖滨在线”，违者本站将依法追究其法律责任。"
        "② 本站转载的稿件均注明原出处，转载目的在于传递更多信息，并不代表本站赞同其观点，"
        "亦不对其内容的真实性负责。其他媒体或个人从本站转载时，须保留本站注明的稿件来源，"
        "并自负版权等法律责任。③ 如本站转载稿件涉及版权问题，请权利人在两周内与本站联系。"
    )
    after = (
        "<table><tr><td>来源：渡口通讯社 编辑：江晓帆</td></tr></table>"
        "<table><tr><td><strong>湖滨在线版权与免责声明：</strong></td></tr>"
        f"<tr><td>{notice}</td></tr></table>"
    )
    article = extract_article(_page(_paras(STORY[:3]), info="2024-06-18 09:30", after=after), URL)
    assert article.body.splitlines() == STORY[:3]
    assert article.source == "渡口通讯社"


def test_a_statement_the_story_quotes_stays() -> None:
    quoted = (
        "本社出版的《湖滨旧事》一书的版权归作者所有，任何网站未经授权不得转载或摘编，"
        "对侵权行为本社将依法追究，并请相关平台及时删除。"
    )
    for said in ("出版社当天发表版权声明：", "公司声明："):
        body = _paras(STORY[:3]) + f"<p>{said}</p><p>{quoted}</p>" + _paras(STORY[3:])
        article = extract_article(_page(body), URL)
        assert quoted in article.body.splitlines(), said
        assert STORY[-1] in article.body


def test_a_list_title_in_quote_brackets_goes_with_its_list() -> None:
    for title in ("『相关阅读』", "〖热点推荐〗", "「延伸阅读」"):
        after = (
            f"<table><tr><td><strong>{title}</strong></td></tr></table>"
            "<table><tr><td>图集</td></tr><tr><td><a href='/p/1.html'>江边晨雾...</a></td>"
            "<td><a href='/p/2.html'>古镇灯会...</a></td></tr></table>"
        )
        article = extract_article(_page(_paras(STORY), after=after), URL)
        assert article.body.splitlines() == STORY, title


def test_a_read_more_heading_over_headlines_between_paragraphs() -> None:
    body = (
        _paras(STORY[:2])
        + "<h3>阅读更多</h3><ul><li data-id='1'>湖区候鸟数量创十年新高</li>"
        + "<li data-id='2'>渡口小学迎来第一批插班生</li></ul>"
        + _paras(STORY[2:])
    )
    article = extract_article(_page(body), URL)
    assert article.body.splitlines() == STORY


def test_a_list_under_a_plain_heading_inside_the_story_stays() -> None:
    items = ["第一站：东岸老码头", "第二站：渔具博物馆", "第三站：湖心亭"]
    body = (
        _paras(STORY[:2])
        + "<h3>游览路线</h3><ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul>"
        + _paras(STORY[2:])
    )
    article = extract_article(_page(body), URL)
    for item in items:
        assert item in article.body


def test_a_transliterated_name_under_the_lead_picture_is_the_writer() -> None:
    body = (
        "<p><img src='/a.jpg'>渡船驶过湖面，岸边的游客拍照留念。资料图片</p>"
        "玛丽亚·费尔南德斯" + _paras(STORY)
    )
    article = extract_article(_page(body, info="2024-06-18 09:30"), URL)
    assert article.author == "玛丽亚·费尔南德斯"
    assert "玛丽亚·费尔南德斯" not in article.body
    assert STORY[0] in article.body


def test_a_column_name_with_a_dot_under_the_lead_picture_is_no_writer() -> None:
    body = (
        "<p><img src='/a.jpg'>渡船驶过湖面，岸边的游客拍照留念。资料图片</p>"
        "<p>深度·观察</p>" + _paras(STORY)
    )
    article = extract_article(_page(body, info="2024-06-18 09:30"), URL)
    assert article.author != "深度·观察"


def test_numbered_parts_after_boxes_of_download_buttons_keep_their_titles() -> None:
    parts = [
        (
            "1、《湖畔农场》",
            "在这款游戏里，玩家要经营一座湖边的小农场，春天播种，秋天收获，还能养鸭捕鱼。",
        ),
        (
            "2、《渡口物语》",
            "玩家扮演一位摆渡人，每天接送不同的乘客，听他们讲述各自的故事，解锁新的航线。",
        ),
        (
            "3、《水乡建造师》",
            "这是一款建造类游戏，玩家可以用石板和木料修复古镇的桥梁、码头和老街。",
        ),
    ]
    box = (
        "<div class='dl'><div>扫码下载该游戏</div><div>高速下载</div><div>普通下载</div></div>"
        "<div class='app'>优先九游APP下载</div>"
    )
    last_box = "<div class='yy'><div>预约订阅最新动态</div><div>优先九游APP下载</div></div>"
    body = _paras(["这几款游戏都以水乡生活为题材，画面清新，玩法轻松，适合在闲暇时慢慢体验。"])
    for n, (heading, text) in enumerate(parts):
        body += f"<p>{heading}</p><p>{text}</p>" + (last_box if n == 1 else box)
    body += _paras(["以上就是这期的推荐，喜欢慢节奏游戏的玩家不妨挑一款试试。"])
    article = extract_article(_page(body, info="2024-06-18 09:30"), URL)
    lines = article.body.splitlines()
    for heading, text in parts:
        assert heading in lines
        assert text in lines
    for button in ("高速下载", "普通下载", "预约订阅最新动态"):
        assert button not in article.body


def test_a_lead_box_with_spaced_label_letters_is_not_said_twice() -> None:
    body = (
        "<div class='lead'><span>导</span> <span>读</span> " + STORY[0] + "</div>" + _paras(STORY)
    )
    article = extract_article(_page(body), URL)
    assert article.body.splitlines() == STORY


def test_a_bar_between_writer_and_picture_credits() -> None:
    for row in ("文：陈思远｜圖：Lina Park", "文：陈思远｜图：王一鸣"):
        body = f"<p>{row}</p>" + _paras(STORY)
        article = extract_article(_page(body, info="2024-06-18 09:30"), URL)
        assert article.author == "陈思远", row


def test_a_writers_card_under_the_lead_caption_is_no_paragraph() -> None:
    bio = "长期关注水乡文化与城市更新，喜欢徒步和老照片，曾在地方报社做过十年记者。"
    body = (
        "<figure><img src='/a.jpg'><figcaption>湖滨镇老码头修缮后的样子。</figcaption></figure>"
        "<section class='card author-wrapper'><a href='/author/1'><div>周怀瑾</div></a>"
        f"<p class='card-text'>{bio}</p><button>追蹤</button></section>" + _paras(STORY)
    )
    article = extract_article(_page(body), URL)
    assert bio not in article.body
    assert STORY[0] in article.body


def test_a_releases_hash_end_mark_is_no_paragraph() -> None:
    body = _paras([*STORY, "###"])
    article = extract_article(_page(body), URL)
    assert article.body.splitlines() == STORY


def test_a_wire_date_with_hyphens() -> None:
    found = parse_date("News Release 17-Jun-2021")
    assert found is not None
    assert found.value.strftime("%Y-%m-%d") == "2021-06-17"
    assert parse_date("Covid-Jun-2021") is None


def test_a_papers_account_badge_with_its_title_marks() -> None:
    head = "<div><time><span>《湖滨晚报》官方账号</span> <span>2024.06.18</span>09:30</time></div>"
    article = extract_article(_page(head + _paras(STORY), info=""), URL)
    assert article.source == "湖滨晚报"


def test_a_takeaway_box_copying_a_later_paragraph_is_no_paragraph() -> None:
    later = (
        "整体来看，这次修缮被普遍视为一次成功的保护，既留住了码头的原貌，"
        "也让渡船重新成为两岸居民日常出行的选择。"
    )
    typo = later.replace("原貌", "元貌")  # the box's copy, one character off
    box = f"<section class='box'><div class='title'>本文重点</div><p>{typo}</p></section>"
    body = box + _paras([*STORY, later])
    article = extract_article(_page(body), URL)
    assert article.body.splitlines() == [*STORY, later]


def test_a_box_saying_something_else_stays() -> None:
    lead = "修缮工程历时半年，总投入约八十万元，其中一半来自镇里的专项资金，其余由村民自发筹集。"
    box = f"<section class='box'><div class='title'>工程档案</div><p>{lead}</p></section>"
    article = extract_article(_page(box + _paras(STORY)), URL)
    assert lead in article.body
