"""Layouts found on real pages saved in public repositories (issue 14, set R4: Taiwan and
Hong Kong news sites of 2016-2023), reduced to their shape with made-up outlets, people and
wordings other than the set pages':

- a newsletter's box set inside the story: its heading, a field whose frame holds only the
  field's hint, a button and a thank-you note, side by side: the box goes whole, the
  paragraphs around it stay;
- a wire's filing stamp (digits only) after the sign-off glued to the last paragraph
  ("…。（編輯：X）1131105"): the editor is still read from the sign-off;
- a box the host names as a machine's ("ai-summary", "ai_qa": a generated summary of the
  story and a quiz on it) above the story: not the story; a name that merely contains the
  two letters ("main-content", "detail") is no such box.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

URL = "https://news.example.com.tw/local/20241105/778812.html"

STORY = [
    "（本報記者方子晴花蓮5日電）花蓮縣政府今天宣布，明年起縣內國中小營養午餐全面改用在地稻米，預計每年可帶動農民增收約新台幣三千萬元。",
    "教育處表示，目前全縣已有六成學校採用在地米，其餘學校將在上半年完成供應商轉換，並由農會統一碾製配送，確保品質穩定。",
    "縣長在記者會上說，孩子吃得安心，農民也有穩定通路，希望這套做法能成為其他縣市參考的範例。",
    "農會總幹事指出，為配合學校需求，今年已擴建低溫倉儲，並與三十多位青年農民簽訂契作，保障收購價格。",
]
TITLE = "花蓮國中小午餐明年全面改用在地米"


def _read(html: str):
    return extract_article(html, URL)


def _page(body: str, title: str = TITLE) -> str:
    items = "".join(f'<li><a href="/c/{i}">頻道{i}</a></li>' for i in range(1, 9))
    return (
        f'<html><head><meta charset="utf-8"><title>{title} | 東岸日報</title>'
        f'<meta property="og:title" content="{title}">'
        '<meta property="article:published_time" content="2024-11-05T14:20:00+08:00">'
        f'</head><body><nav><ul class="menu">{items}</ul></nav>'
        f'<div class="main-content"><div class="detail"><h1>{title}</h1>'
        '<div class="info">2024/11/05 14:20</div>'
        f"{body}</div></div>"
        "<footer>東岸日報 版權所有 © 2024</footer></body></html>"
    )


def _paragraphs(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


# --- a newsletter's box inside the story -----------------------------------------------


NEWSLETTER = (
    "<div class='epaper-inner'>"
    "<div class='box-title'>訂閱《東岸晚安》電子報 每晚五分鐘看懂花東大小事</div>"
    "<div class='box-field'><input type='text' placeholder='你的電子郵件'>"
    "<div class='error-tip'>電子郵件格式有誤</div></div>"
    "<a class='send' href='javascript:'>送出</a>"
    "<div class='done'><div>已完成訂閱，謝謝！</div></div></div>"
)


def test_a_newsletter_box_inside_the_story_goes_whole() -> None:
    html = _page(
        "<div class='article-body'>"
        + _paragraphs(STORY[:2])
        + NEWSLETTER
        + _paragraphs(STORY[2:])
        + "</div>"
    )
    art = _read(html)
    for para in STORY:
        assert para in art.body
    for noise in ("東岸晚安", "電子郵件格式有誤", "已完成訂閱", "送出"):
        assert noise not in art.body


def test_a_field_beside_the_story_takes_no_paragraph_with_it() -> None:
    # The field's box widens only over a form's few words: the story's paragraphs beside
    # it, sentences, stop it.
    box = "<div class='box-field'><input type='text'><div class='tip'>請輸入關鍵字</div></div>"
    html = _page("<div class='article-body'>" + _paragraphs(STORY[:1]) + box + "</div>")
    art = _read(html)
    assert STORY[0] in art.body
    assert "請輸入關鍵字" not in art.body


# --- a filing stamp after the glued sign-off -------------------------------------------------


def test_the_editor_is_read_from_a_sign_off_before_a_filing_stamp() -> None:
    last = STORY[-1] + "（編輯：溫若凡）1131105"
    html = _page("<div class='article-body'>" + _paragraphs([*STORY[:-1], last]) + "</div>")
    art = _read(html)
    assert art.editor == "溫若凡"
    assert STORY[-1] in art.body


def test_a_paragraph_ending_in_a_number_has_no_stamp() -> None:
    last = "縣府提醒，有疑問的家長可撥打教育處專線洽詢，電話是038227171"
    html = _page("<div class='article-body'>" + _paragraphs([*STORY, last]) + "</div>")
    art = _read(html)
    assert art.editor is None
    assert last in art.body


# --- a machine's box above the story ----------------------------------------------------


MACHINE_BOX = (
    "<div class='ai-summary'><div class='ai-head'>重點摘要</div>"
    "<p>本文介紹花蓮縣營養午餐改用在地米的政策，說明其對農民收入與學童飲食安全的影響，"
    "並整理縣府與農會的後續規劃，讓讀者快速掌握全文重點。</p></div>"
    "<div class='ai_qa'><div class='title'>小測驗</div>"
    "<p>Q1：花蓮國中小何時全面改用在地米？ A) 今年 B) 明年 C) 後年 答案：B</p></div>"
)


def test_a_machine_written_summary_and_quiz_are_not_the_story() -> None:
    html = _page(MACHINE_BOX + "<div class='article-body'>" + _paragraphs(STORY) + "</div>")
    art = _read(html)
    for para in STORY:
        assert para in art.body
    for noise in ("重點摘要", "讓讀者快速掌握全文重點", "小測驗", "答案：B"):
        assert noise not in art.body


def test_names_holding_the_two_letters_are_no_machine_box() -> None:
    # "main-content", "detail", "container": the letters inside a word name no machine.
    html = _page(
        "<div class='container'><div class='article-body'>" + _paragraphs(STORY) + "</div></div>"
    )
    art = _read(html)
    for para in STORY:
        assert para in art.body
