"""Shapes seen on a random sample of real saved pages (issue 14, set R51: pages drawn by
seed from a public web-archive repository's news folder), reduced to their form with
made-up outlets, people and wordings other than the set pages':

- a photo story's slider saved from a browser: the slider library's copies of its slides
  (slick's ``slick-cloned``, Swiper's ``swiper-slide-duplicate``) repeat every caption;
  a caption is read once;
- a section's name in a heading (``<h2>文化</h2>``, the breadcrumb's last crumb) over the
  headline, which stands in a plain element with no meta line under it: the headline the
  markup states is the title, not the section;
- a column's name before the headline in the stated title ("X：Y"), the page setting the
  column's name and the headline on lines of their own: the headline is Y;
- the outlet in brackets before the reporter's credit ("[X新聞網]記者Y／綜合報導"): a
  byline, read as the author and kept out of the body;
- a wire story's sign-off glued to its last paragraph ("…。（編輯：X）1131025") with the
  story's photo set (four or five figcaptions) after it: the editor is read.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-harbour.com.tw/news/2024/0618/7731.html"
STORY = [
    "港口社區大學今年夏天開設木工課程，報名人數在一週內額滿，主辦單位決定加開兩個班。",
    "授課的老師傅已經做了四十年家具，他說最希望學員能親手做出一張自己用得上的椅子。",
    "課程每週六上午上課，學員從二十歲的大學生到七十多歲的退休教師都有，氣氛十分融洽。",
    "社區大學表示，課程結束後將舉辦成果展，展出學員的作品，也歡迎民眾到場參觀交流。",
    "不少學員表示，上完課後對家裡的老家具有了新的感情，也更懂得愛惜身邊的物品。",
]
MORE = [  # a longer story: its last lines stand far below the byline
    "主辦單位也提醒，課程使用的刀具與機具都有安全規範，學員上課前必須完成安全講習。",
    "有學員帶著孩子一起來上課，親子合作完成了一個小書架，成為課堂上的話題。",
    "老師傅說，木頭會呼吸，做家具要順著木紋走，這是他從師父那裡學來的第一課。",
    "社區大學計畫明年把課程推廣到鄰近的三個社區，讓更多居民有機會接觸木工。",
    "報名資訊將在社區大學官網公布，名額額滿為止，有興趣的民眾可以多加留意。",
]
CAPTIONS = [
    "學員在老師傅指導下刨平木板。（港口社區大學提供）",
    "完成的第一張小板凳。（港口社區大學提供）",
    "成果展的海報與作品目錄。（港口社區大學提供）",
]


def _slide(caption: str, extra: str = "") -> str:
    return f"<div class='slick-slide{extra}'><div><span>{caption}</span></div></div>"


def test_a_sliders_copies_of_its_slides_are_read_once() -> None:
    slides = (
        _slide(CAPTIONS[-1], " slick-cloned")
        + "".join(_slide(c) for c in CAPTIONS)
        + "".join(_slide(c, " slick-cloned") for c in CAPTIONS)
    )
    body = f"<div class='slick-slider'><div class='slick-track'>{slides}</div></div>"
    page = site_article(body + _paras(STORY), title="社區大學木工課爆滿 加開兩班", site="港灣日報")
    article = extract_article(page, URL)
    for caption in CAPTIONS:
        assert article.body.count(caption) <= 1, caption
    for line in STORY:
        assert line in article.body


def test_swiper_duplicates_are_dropped_too() -> None:
    dup = "<div class='swiper-slide swiper-slide-duplicate'><p>{}</p></div>"
    slides = (
        dup.format(CAPTIONS[0])
        + "".join(f"<div class='swiper-slide'><p>{c}</p></div>" for c in CAPTIONS)
        + dup.format(CAPTIONS[-1])
    )
    body = f"<div class='swiper-wrapper'>{slides}</div>" + _paras(STORY)
    article = extract_article(site_article(body, title="社區木工課", site="港灣日報"), URL)
    for caption in CAPTIONS:
        assert article.body.count(caption) <= 1, caption


def _section_page(headline: str) -> str:
    return (
        f"<html><head><title>{headline} | 文化 - 港灣日報</title>"
        f"<meta property='og:title' content='{headline} | 港灣日報'></head><body>"
        "<div class='nav'><a href='/'>首頁</a><a href='/news'>新聞</a>"
        "<a href='/live'>影音</a></div>"
        "<div class='breadcrumb'><a href='/'>首頁</a> &gt; <a href='/culture'>文化</a></div>"
        "<div class='page'><span class='date'>2024/06/18</span><h2>文化</h2>"
        f"<div class='news-title'><span>{headline}</span></div>"
        f"<div class='pics'><span>{CAPTIONS[0]}</span></div>"
        f"<div class='content'>{_paras(STORY)}</div></div>"
        "<div class='footer'>港灣日報 版權所有</div></body></html>"
    )


def test_a_section_heading_over_the_headline_is_not_the_title() -> None:
    headline = "社區大學木工課爆滿 加開兩班因應"
    article = extract_article(_section_page(headline), URL)
    assert article.title == headline


def test_a_headline_after_its_columns_name_in_the_stated_title() -> None:
    column, headline = "港邊夜話", "老屋改建 也要顧及鄰里"
    page = (
        f"<html><head><title>{column}：{headline}｜評論｜港灣網</title>"
        f"<meta property='og:title' content='{column}：{headline}'></head><body>"
        "<div class='nav'><a href='/'>首頁</a><a href='/opinion'>評論</a></div>"
        f"<div class='col'><div class='name'>{column}</div><div class='by'>- 周文山</div>"
        f"<div class='role'>專欄作者</div><h3 class='headline'>{headline}</h3>"
        "<div class='time'>香港時間 06月18日(二)</div>"
        f"<div class='content'>{_paras(STORY)}</div></div>"
        "<div class='footer'>版權所有 港灣網</div></body></html>"
    )
    article = extract_article(page, URL)
    assert article.title.replace("\u3000", " ") == headline


def test_a_bracketed_outlet_before_the_reporters_credit() -> None:
    for byline, name in (
        ("[港灣新聞網]記者林嘉文／綜合報導", "林嘉文"),
        ("【港灣日報】記者許雅婷／高雄報導", "許雅婷"),
    ):
        page = site_article(
            _paras([byline, *STORY]),
            title="社區大學木工課爆滿",
            site="港灣新聞網",
            info="2024-06-18 10:20",
        )
        article = extract_article(page, URL)
        assert article.author == name, byline
        assert byline not in article.body
        assert STORY[0] in article.body


def test_a_glued_sign_off_before_the_stories_photo_set() -> None:
    closing = (
        "社區大學主任說，木工課的名額有限，但希望透過課程讓更多人重新認識手作的價值，"
        "也期待學員把學到的技術帶回家，修好家裡的舊桌椅，讓老物件繼續陪伴下一代，"
        "未來也會視報名情況開設進階班，並與在地木工坊合作提供實習機會。"
    )
    figures = "".join(
        f"<figure><img src='/p/{i}.jpg'><figcaption>{c}港灣社記者王大明攝 113年6月18日"
        "</figcaption></figure>"
        for i, c in enumerate([*CAPTIONS, "成果展現場一景。"])
    )
    lead = "（港灣社記者李明軒高雄18日電）" + STORY[0]
    body = _paras([lead, *STORY[1:], closing + "（編輯：陳思妤）1130618"]) + figures
    page = site_article(body, title="社區大學木工課爆滿", site="港灣社", info="2024/06/18 21:05")
    article = extract_article(page, URL)
    assert article.editor == "陳思妤"
    assert closing in article.body


def test_a_byline_under_a_photo_strip_over_the_story() -> None:
    shots = [
        f"第{n}張：學員在港邊教室練習刨木，神情專注。（港口社區大學提供）" for n in range(1, 8)
    ]
    strip = "".join(f"<div class='slick-slide'><div><span>{c}</span></div></div>" for c in shots)
    body = f"<div class='slick-slider'><div class='slick-track'>{strip}</div></div>" + _paras(
        ["記者方俊宏／高雄報導", *STORY, *MORE]
    )
    page = site_article(body, title="社區大學木工課爆滿", site="港灣日報", info="2024/06/18")
    article = extract_article(page, URL)
    assert article.author == "方俊宏"
    assert "記者方俊宏" not in article.body
