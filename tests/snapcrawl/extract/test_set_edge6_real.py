"""What the body edges of real pages still held after h-edge5 and h-cap5 (issue 14, session 41,
h-edge6), from the webpage_archive pool (transTerminus/webpage_archive commit f987f5e, raw/):

- a gallery that prints its text again on every slide: the first paragraph, cut with an
  ellipsis ("…时而婉约如处子……"), was taken for a teaser of itself, as its copy under the next
  slide starts with it, so the copy on slide two opened the story and the paragraphs came out
  swapped. A later line that is the line again is a repeat, not the text a teaser was cut from
  (summary_boxes.cut_teaser): the first copy keeps its place and the paragraphs' repeat check
  drops the others. Reduced copy (the search form and all after it cut out):
  tests/fixtures/extract/real_noise41/sohu_gallery_repeating_its_text_on_each_slide.html
  (raw/sohu.com/news_组图：泰国人妖表演团艳惊四座_-_新闻-_搜狐.html, pool 2154).
- a picture's credit alone on its line in forms the credit readers missed: a traditional
  label with an address for its value ("圖片來自：https://twitter.com/…", too long for
  credit_forms.plain_form, so its 來自 was never read as 来自: credit_forms.plain_label reads a
  long line's label, and 來自 is a credit word now; picture_credits.about_a_picture reads it
  too, so the story's headings between such pictures stay); "图片提供：X" (a picture label
  beside 图片, chrome_vocab); "图片由X提供，摄影：Y" (credits joined by a comma, each a credit
  of its own: credit_lines.is_credit). Reduced copies:
  tests/fixtures/extract/real_noise41/gamme_story_over_traditional_picture_from_address_credits.html
  (raw/unclassify_news/news_《「不當哥哥了」是不是跨性別作品》非自願性轉換引發歐美網友_.html,
  pool 3249), artnet_list_over_given_by_and_photographer_credit.html
  (raw/unclassify_news/www_2023，这10场展览标记了女性艺术的历史与当下_-_阿特网.html, pool 3747).
  A caption that says what the picture shows stays, and so do the next show's headings under
  the credit (the joined credit is read as a credit, not a picture's: line_kinds.keep_short
  passes it). "照片：X" is not a credit label: a liveblog (aljazeera) captions with it;
- a stock library's credit written with the library's address and a colon after "by"
  ("Photo by: Infrogmation of New Orleans via wikimedia.org", picture_credits._STOCK_PHOTO
  knew "Photo by X on Unsplash"). Reduced copy (the ads cut out):
  tests/fixtures/extract/real_noise41/caus_story_over_stock_library_credit_with_address.html
  (raw/unclassify_news/caus_倡导性别平等的内衣应该是什么样子？这个品牌想彻底改变人们对_.html,
  pool 2916);
- a lender's credit under a picture of an artwork, in the English galleries print, alone
  ("courtesy of Haus der Kunst, Munich", "photography and courtesy of X", pool 3747) or after
  the Chinese credit it translates ("图片提供：艺术家及BANK，上海 Courtesy of the artist and
  BANK, Shanghai"): picture_credits.courtesy_credit. Reduced copy (the post's other sections
  cut out): tests/fixtures/extract/real_noise41/sohu_story_over_bilingual_courtesy_credit.html
  (raw/sohu.com/www_【绝对艺术】从编织雕塑到行为表演奥利弗·赫林的“四十七天”_-_搜狐.html, pool
  2311). A caption with the credit glued on ("…，2008 Courtesy Perrotin") is left whole.
- an account's blurb and follow ask under a post's dated source row ("2020-07-30 20:38 来源:
  读书文史" over "传递温度与价值，关注我不走丢，更多精彩内容尽在@读书文史！"): the walk in from
  the top (edges._mark_edges) stopped at the dated row, and past the headline it took a line
  ending a sentence for the story's. The dated row of labels is no story (the cleaning drops
  it, the time and source readers take it), so the walk passes it; and a promo goes even when
  it ends a sentence. Reduced copy (the post's later sections cut out):
  tests/fixtures/extract/real_noise41/sohu_account_blurb_under_dated_source_row.html
  (raw/sohu.com/www_他曾是2005年感动全国的道德模范，却因变性遭批判，最后怎样了？.html, pool 2347);
- a comment box's terms in the words "网友评论仅供其表达个人看法，并不表明X立场。" (其 for
  网友, chrome_vocab.COMMENT_TERMS): once they go, the box's title over them and the paper's QR
  ask over that go with the walk from the end. Reduced copy (the page's header and footer cut
  out): tests/fixtures/extract/real_noise41/qingdaonews_story_over_qr_ask_and_comment_box_terms.html
  (raw/unclassify_news/www_变性歌手台湾发片前未婚妻现任老公一起道贺_-_青岛日报.html, pool 3914);
- an ask to scan the code by where it stands ("请扫以下二维码", "扫下方二维码，…"): 扫 before
  以下/下方/上方/… is the scan verb (chrome_vocab.PROMO_ACTION knew 扫码, 扫描, 扫二维码). Reduced
  copy (the page's menus cut out):
  tests/fixtures/extract/real_noise41/arts_story_over_scan_below_code_ask.html
  (raw/unclassify_news/www_伦敦艺术大学校长战袍新鲜出炉#唯我独尊为跨性别群体而战.html, pool 3866).
  Its "联系顾问" over the ask stays (a bare label; no rule reads it as the host's).

Each has wordings of the same kind not taken from the pages, and story text that stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import is_comment_rule, is_promo
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.picture_credits import courtesy_credit, stock_photo_credit
from snapcrawl.extract.summary_boxes import cut_teaser

_DIR = Path(__file__).parents[2] / "fixtures" / "extract" / "real_noise41"


def _article(name: str):
    return extract_article((_DIR / name).read_bytes(), None)


def test_a_gallerys_repeated_text_keeps_its_order() -> None:
    article = _article("sohu_gallery_repeating_its_text_on_each_slide.html")
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].startswith("英国爱丁堡边缘艺术节上")
    assert article.paragraphs[1].startswith("本届爱丁堡边缘艺术节于8月7日正式开幕")
    assert article.paragraphs[1].endswith("平添了一道亮丽的风景。(李杰)")


def test_a_line_cut_short_over_its_own_copy_is_no_teaser() -> None:
    line = "湖畔的芦苇荡里，上千只白鹭在清晨同时起飞，场面蔚为壮观，引得游人纷纷驻足……"
    assert not cut_teaser(line, ["今年的观鸟节于10月1日开幕。", line])
    # the story the teaser was cut from, reading on past its ellipsis, still makes it one
    told = line.removesuffix("……") + "。据湿地管理处统计，今年越冬的白鹭比去年多出三成。"
    assert cut_teaser("【图集】" + line, [told])


def test_traditional_picture_from_address_credits_go() -> None:
    article = _article("gamme_story_over_traditional_picture_from_address_credits.html")
    assert not any("圖片來自" in p for p in article.paragraphs)
    assert any(p.startswith("有一群歐美宅宅們最近針對下一季") for p in article.paragraphs)
    assert "在校內上廁所竟然還跑到男廁！" in article.paragraphs
    assert "許多網友故意回他「日本文化跟你的認知有很大的隔閡」" in article.paragraphs


def test_credits_joined_by_a_comma_go() -> None:
    article = _article("artnet_list_over_given_by_and_photographer_credit.html")
    assert not any("摄影：孙诗" in p for p in article.paragraphs)
    texts = list(article.paragraphs)
    caption = texts.index("“玛丽亚·拉斯尼格：火星来客”展览现场，2023")  # the caption stays
    assert texts[caption + 1 : caption + 4] == ["武汉·", "合美术馆", "俯仰之间一一姜杰"]


@pytest.mark.parametrize(
    "credit",
    [
        "照片來自：https://www.instagram.com/p/Cx12abQ7/",
        "圖片提供：受訪者",
        "图片提供：海港市文旅局",
        "照片提供：海港市博物馆",
        "视频由受访者提供，剪辑：李明",
        "图片来源：新华社，编辑：张晓",
    ],
)
def test_picture_credits_in_other_words_go(credit: str) -> None:
    assert is_credit(credit)


@pytest.mark.parametrize(
    "told",
    [
        "照片：2019年5月，志愿者在湖边清理垃圾。",
        "照片里，他站在湖边。",
        "图片由受访者提供，他说这张照片拍于1998年",
        "编辑：张三，他说。",
        "北京，上海",
    ],
)
def test_captions_and_story_lines_with_those_words_stay(told: str) -> None:
    assert not is_credit(told)


def test_a_stock_library_credit_with_its_address_goes() -> None:
    article = _article("caus_story_over_stock_library_credit_with_address.html")
    assert not any(p.startswith("Photo by") for p in article.paragraphs)
    assert article.paragraphs[-2].startswith("新一代的内衣品牌")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Image by: Max Muster from pixabay.com", True),
        ("Photo by Jane Doe on unsplash.com", True),
        ("Photo by the river, on Flickr we found it.", False),
        ("Photos by friends via wikimedia.org are great", False),
    ],
)
def test_stock_library_credits_in_other_words(line: str, credit: bool) -> None:
    assert stock_photo_credit(line) is credit


def test_a_bilingual_courtesy_credit_goes() -> None:
    article = _article("sohu_story_over_bilingual_courtesy_credit.html")
    assert not any("Courtesy" in p for p in article.paragraphs)
    assert article.paragraphs[-2] == "行动区域 Areas for Action @ Wuzhan 02, 2016"  # its title
    assert article.paragraphs[-1].startswith("实验性一直是赫林创作的核心")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Courtesy of the artist and Galerie Lumen, Paris", True),
        ("Image courtesy of Shanghai Museum", True),
        ("图片提供：海港美术馆 Courtesy of Harbour Art Museum", True),
        ("Courtesy calls are rare", False),
        ("《湖》，布面油画，2019 Courtesy the artist", False),  # a caption with it glued on
        ("Courtesy of the museum, the painting was restored in 1990.", False),
    ],
)
def test_courtesy_credits_in_other_words(line: str, credit: bool) -> None:
    assert courtesy_credit(line) is credit


_BLURB = "传递温度与价值，关注我不走丢，更多精彩内容尽在@读书文史！"


def test_an_account_blurb_under_the_dated_source_row_goes() -> None:
    article = _article("sohu_account_blurb_under_dated_source_row.html")
    assert article.paragraphs[0] == "人生，应该是什么样子的？没人说得清。"
    assert article.source == "读书文史"
    assert article.author == "读书君"
    assert article.published_at is not None


@pytest.mark.parametrize(
    ("line", "stays"),
    [
        ("关注我们不迷路，每天带你读一本好书，更多好文尽在@湖滨书房！", False),
        ("点击上方蓝字关注我们，每天都有新故事！", False),
        ("这是一个关于坚持与勇气的故事！", True),  # the story's own opening
    ],
)
def test_lines_under_the_dated_row_in_other_words(line: str, stays: bool) -> None:
    page = (_DIR / "sohu_account_blurb_under_dated_source_row.html").read_text(encoding="utf-8")
    article = extract_article(page.replace(_BLURB, line).encode(), None)
    assert (line in article.paragraphs) is stays
    assert "人生，应该是什么样子的？没人说得清。" in article.paragraphs


def test_a_comment_boxs_terms_its_title_and_the_qr_ask_over_it_go() -> None:
    article = _article("qingdaonews_story_over_qr_ask_and_comment_box_terms.html")
    assert article.paragraphs[-1].startswith("钟洁希和曾交往三年前未婚妻Judy是在美国念书时认识")
    assert article.paragraphs[-1].endswith("更让她泪水溃堤。")


@pytest.mark.parametrize(
    "terms",
    ["网友评论仅供其表达个人观点，不代表本站立场。", "读者留言仅供其表达个人意见，与本网无关。"],
)
def test_comment_terms_in_other_words_go(terms: str) -> None:
    assert is_comment_rule(terms)


def test_a_story_line_quoting_such_terms_stays() -> None:
    assert not is_comment_rule("专家认为，网友评论仅供其表达个人看法的说法并不准确。")


def test_an_ask_to_scan_the_code_below_goes() -> None:
    article = _article("arts_story_over_scan_below_code_ask.html")
    assert "请扫以下二维码" not in article.paragraphs
    assert article.paragraphs[-2].startswith("我设计这些长袍的灵感来全部自于Grayson Perry")


@pytest.mark.parametrize(
    "ask", ["扫下方二维码，了解更多活动详情", "请掃以下二維碼", "长按或扫上方二维码关注我们"]
)
def test_scan_asks_in_other_words_go(ask: str) -> None:
    assert is_promo(ask)


@pytest.mark.parametrize(
    "told", ["市民可扫以下二维码预约接种。", "他说，扫以下二维码就能领取奖品是骗局。"]
)
def test_story_lines_about_scanning_stay(told: str) -> None:
    assert not is_promo(told)
