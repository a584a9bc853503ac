"""Shapes seen on a random sample of real saved pages (issue 14, set R27: pages drawn by
seed from a public web-archive repository's news and portal folders), reduced to their
form with made-up outlets, people and wordings other than the set pages':

- a newsletter (eDM) feature laid out as a stack of sibling tables, one block of the story
  in each (a paragraph, a picture, its caption): the run of blocks is the body, not the one
  paragraph that scores best; the programme box and link list after it are not;
- an English picture credit on its own line ("Photo credit: X");
- an outlet's public-service reminder after the story ("《X》提醒您：" over hotlines): the
  host's box; a reminder in the story's own voice ("醫師提醒您：") stays;
- a figure's caption wrapped in a box of its own, ending in a bracketed picture tag
  ("（圖／X提供）"): the caption stays, the tag goes;
- the comment button with its count on the meta line ("[我来说两句(88)]"): no author;
- a writer's name alone over a bare date ("陳怡君" | "2024年5月3日"): no outlet; an
  outlet's name there is still the outlet;
- a users' site naming the page's uploader on its meta line ("本文章由注册用户 X 上传提供"):
  the poster is the author.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-harbourarts.hk/enews/2024/0515/881.html"
STORY = [
    "她說自己最早是在社區中心的舞蹈班愛上身體表達的，那時候每星期只有一堂課。",
    "後來她到外地進修編舞，回來後與幾位朋友成立了一個小小的舞團，專門在街頭和公園演出。",
    "舞團的作品大多取材自街坊的故事，例如一位在街市賣魚三十年的婆婆，或是一群晨運的長者。",
    "她認為舞蹈不一定要在劇院裡發生，任何人停下腳步看一分鐘，都已經是一種交流。",
    "今年夏天，舞團會把新作帶到三個屋邨的平台上，演出後還會邀請觀眾一起即興跳一段。",
]


LONG_CLOSE = (
    "她笑說自己不是甚麼藝術家，只是一個喜歡和街坊一起跳舞的人，舞團的門永遠打開，"
    "任何人想加入，只要在星期六早上到公園的大樹下找她們就可以了，不用報名，也不用學費。"
)


def _block(inner: str, kind: str = "edm_text") -> str:
    """One block of a newsletter: a wrapper table, a cell, the block's own table, a cell."""
    return (
        "<table class='' width='600'><tbody><tr><td class='responsive'>"
        f"<table class='{kind}'><tbody><tr><td class=''><span>{inner}</span></td></tr></tbody>"
        "</table></td></tr></tbody></table>"
    )


def _newsletter(joined: bool = False) -> str:
    """``joined``: the last two paragraphs and a third one share a block, the best one."""
    last = (
        STORY[3] + "<br><br>" + STORY[4] + "<br><br>" + LONG_CLOSE
        if joined
        else STORY[3] + "<br><br>" + STORY[4]
    )
    blocks = [
        _block("<b>周曉晴</b><br><b>【五月焦點藝術家】</b>"),
        _block(STORY[0]),
        _block("<img src='/a.jpg'>", "edm_image"),
        _block("社區中心的舞蹈班"),
        _block("<b>從街頭開始</b><br>" + STORY[1]),
        _block(STORY[2]),
        _block("<img src='/b.jpg'>", "edm_image"),
        _block("《街坊》演出劇照<br>Photo credit: Ken Lau"),
        _block(last),
        _block(
            "灣仔公園<br>《平台上的舞》<br>2024-6-8, 15 ( 4:00 PM ~ 5:00 PM )"
            "<br><a href='/t'>立即購票</a>"
        ),
        _block(
            "更多周曉晴作品"
            + "".join(
                f"<a href='/w/{i}'>《作品第{i}號》2023.{i}.1 - 3 舞蹈</a>" for i in range(1, 9)
            )
        ),
    ]
    for section in ("音樂", "戲劇", "展覽", "工作坊", "講座", "親子"):  # the newsletter's listings
        blocks.append(
            _block(
                f"{section}"
                + "".join(
                    f"<a href='/e/{section}{i}'>{section}節目第{i}場【早鳥】2024.{i}.12 購票</a>"
                    for i in range(1, 10)
                )
            )
        )
    return (
        "<html><head><title>五月藝文快訊【焦點藝術家周曉晴】 | harbourarts</title></head><body>"
        "<table class='outer'><tbody><tr><td>" + "".join(blocks) + "</td></tr></tbody></table>"
        "<div class='footer'>harbourarts 版權所有</div></body></html>"
    )


def test_a_newsletters_stack_of_tables_is_read_as_one_story() -> None:
    article = extract_article(_newsletter(), URL)
    for line in STORY:
        assert line in article.body, line
    assert "從街頭開始" in article.body
    assert "立即購票" not in article.body
    assert "《平台上的舞》" not in article.body
    assert "作品第3號" not in article.body
    assert "Photo credit" not in article.body


def test_a_newsletter_block_of_several_paragraphs_still_reads_the_stack() -> None:
    article = extract_article(_newsletter(joined=True), URL)
    for line in [*STORY, LONG_CLOSE]:
        assert line in article.body, line
    assert "作品第3號" not in article.body


def test_an_english_picture_credit_line_is_no_paragraph() -> None:
    for credit in ("Photo credit: Ken Lau", "Image credit: Harbour Arts Archive", "Credit: Mei Ho"):
        body = (
            _paras(STORY[:3]) + "<p><img src='/c.jpg'></p>" + f"<p>{credit}</p>" + _paras(STORY[3:])
        )
        page = site_article(
            body, title="舞團把新作帶到屋邨", site="海港藝文網", info="2024-05-15 09:30"
        )
        article = extract_article(page, URL)
        assert credit not in article.body
        assert STORY[-1] in article.body


TW_STORY = [
    "一名國中生在校門口遭同學圍毆，影片在社群平台流傳後引發家長不滿，學校昨天召開說明會。",
    "校方表示已啟動霸凌調查程序，並安排輔導老師陪伴受害學生，相關學生也已通報主管機關。",
    "家長會長說，希望學校不要只做表面功夫，而是真正找出問題，讓孩子可以安心上學。",
]


def test_an_outlets_reminder_box_after_the_story_is_the_hosts() -> None:
    for heading in ("《北港新聞》提醒您：", "北港新聞網關心您：", "【NBTV提醒您】"):
        body = _paras(TW_STORY) + _paras(
            [heading, "◎拒絕校園暴力 請撥打110", "◎教育部反霸凌專線：0800-000-111"]
        )
        page = site_article(
            body, title="國中生校門口遭圍毆", site="北港新聞網", info="2024-05-15 18:20"
        )
        article = extract_article(page, URL)
        assert TW_STORY[-1] in article.body, heading
        assert heading not in article.body
        assert "專線" not in article.body


def test_a_reminder_in_the_storys_own_voice_stays() -> None:
    advice = ["多喝溫開水，避免在中午外出。", "出現頭暈噁心時，應立即到陰涼處休息並就醫。"]
    body = _paras(TW_STORY) + _paras(["醫師提醒您：", *advice])
    page = site_article(body, title="高溫來襲", site="北港新聞網", info="2024-05-15 18:20")
    article = extract_article(page, URL)
    assert "醫師提醒您" in article.body
    assert advice[-1] in article.body


def test_a_wrapped_figcaptions_picture_tag_goes_and_its_caption_stays() -> None:
    caption = "演出當天，舞者在平台上與街坊一起即興起舞。"
    figure = (
        "<figure><div class='pic'><div><img src='/d.jpg'></div></div>"
        f"<div class='caption-box'><figcaption>{caption}（圖／北港藝術節提供）</figcaption></div>"
        "</figure>"
    )
    body = _paras(STORY[:2]) + figure + _paras(STORY[2:])
    page = site_article(
        body, title="舞團把新作帶到屋邨", site="海港藝文網", info="2024-05-15 09:30"
    )
    article = extract_article(page, URL)
    assert caption in article.body
    assert "北港藝術節提供" not in article.body


def test_the_comment_button_on_the_meta_line_is_no_author() -> None:
    info = (
        "<div>2009年11月02日14:05 [我来说两句(88)] [字号：大 中 小]</div><div>来源：滨江晚报</div>"
    )
    page = site_article(_paras(STORY), title="舞团进社区", site="滨江网", info=info)
    article = extract_article(page, URL)
    assert article.author is None
    assert article.source == "滨江晚报"


def test_a_writers_name_alone_over_a_bare_date_is_no_outlet() -> None:
    for name, outlet in (("陳怡君", None), ("北港日報", "北港日報")):
        info = f"<div>{name}</div><div>2024年5月3日</div>"
        page = site_article(_paras(TW_STORY), title="國中生校門口遭圍毆", site="新聞匯", info=info)
        assert extract_article(page, URL).source == outlet, name


def test_a_users_sites_uploader_credit_is_the_author() -> None:
    for info, name in (
        ("发布时间：2024-03-02 08:15:40 本文章由注册用户 青柠汽水 上传提供 纠错/删除", "青柠汽水"),
        ("2024-03-02 本文由网友 山间小路 发布", "山间小路"),
    ):
        page = site_article(_paras(STORY), title="舞團把新作帶到屋邨", site="问答百科网", info=info)
        assert extract_article(page, URL).author == name, info
