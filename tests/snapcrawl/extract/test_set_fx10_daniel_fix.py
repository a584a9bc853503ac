"""Body noise on the DAnIEL fix sets (issue 14, session 37: fixA/fixB, 2011-2012 mainland,
Hong Kong and Taiwan pages; gold in benchmarks/extraction/gold/daniel_fix/). Each kind is
tested on the page's own block, cut down (tests/fixtures/extract/daniel_fix/, README there
names each source page), and on another wording made up here:

- a comment box's numbered rules under the story ("【1】留言限140字…" … "【7】敬請網友遵守
  以上原則"), one item of which speaks as the host and deletes (rule_lists);
- a picture credit written with the box-drawing diagonal ("攝影╱X　部分圖片╱資料照片");
- an outlet's reporter signing off on a line of its own ("希望之聲國際廣播電台張翠報導");
- a crew whose names are typed with nothing between them ("本版文/记者李莎莎黎史翔…");
- the host's rights statement on the works it marks ("凡标注来源为“X”的所有文字…");
- other stories' headlines typed into the story as text ("相关阅读：X" and more lines);
- a pager spelled out under the story ("本文共分1页 当前是第 1 页 首页 尾页");
- a tag line's label qualified by what it tags ("本篇新闻热门关键词:");
- a platform's sign-up prompt ("已有帐号？马上登录开通微博 …", "注册X微博，一起…！");
- a writer's unit and name over the first paragraph ("庆阳市安监局马春健").
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import is_promo, is_tag_line
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.glued_names import glued_crew
from snapcrawl.extract.host_voice import notice_strength
from snapcrawl.extract.ornament_bylines import unit_byline
from snapcrawl.extract.report_signoffs import outlet_reported

from .conftest import KITCHEN_STORY, KITCHEN_TITLE, as_paragraphs, fixture_bytes, site_article

URL = "https://www.example-riverside.tw/news/2012/0112/31.html"
SITE = "河畔新聞網"


def _page(body: str, *, below: str = "") -> str:
    return site_article(body, title=KITCHEN_TITLE, site=SITE, below=below)


def test_comment_rules_under_the_story_leave_the_body() -> None:
    # rundimeco/waddle corpora/Corpus_daniel_v2.1/html/20120112_tw.nextmedia.com_29e421c116…
    article = extract_article(fixture_bytes("daniel_fix/nextmedia_comment_rules.html"))
    assert not any(p.startswith("【") and "】" in p[:4] for p in article.paragraphs)
    assert not any("留言" in p or "本論壇" in p for p in article.paragraphs)
    assert article.paragraphs[-1].startswith("新北市立聯合醫院營養師田淑卿說")


def test_other_wordings_of_numbered_rules() -> None:
    rules = [
        "網友留言規則",
        "（1）每則留言以200字為限。",
        "（2）凡涉及人身攻擊、廣告或與報導無關之留言，本網一律刪除，不另行通知。",
        "（3）請勿公開他人個人資料。",
        "（4）發言者須自負法律責任。",
    ]
    article = extract_article(_page(as_paragraphs(KITCHEN_STORY + rules)), URL)
    assert list(article.paragraphs) == KITCHEN_STORY
    # a story's own numbered points, none a notice, stay
    points = ["（1）每週三開放。", "（2）需事先登記。", "（3）費用由街道補貼。"]
    story = [*KITCHEN_STORY[:3], *points, *KITCHEN_STORY[3:]]
    assert list(extract_article(_page(as_paragraphs(story)), URL).paragraphs) == story


def test_picture_credit_with_the_box_drawing_diagonal_is_no_paragraph() -> None:
    # rundimeco/waddle corpora/Corpus_daniel_v2.1/html/20120112_tw.nextmedia.com_0325774ab8…
    article = extract_article(fixture_bytes("daniel_fix/nextmedia_photo_model_credits.html"))
    assert not any("施偉平" in p for p in article.paragraphs)
    assert article.paragraphs[1].startswith("眼科醫師張朝凱表示")
    # made up: the writer's and the photographer's credits, the same diagonal
    assert is_credit("文╱李大同")
    assert is_credit("攝影╱王小明　資料照片")
    page = _page(as_paragraphs([KITCHEN_STORY[0], "攝影╱王小明　資料照片", *KITCHEN_STORY[1:]]))
    assert list(extract_article(page, URL).paragraphs) == KITCHEN_STORY


def test_outlet_reporter_sign_off_is_no_paragraph() -> None:
    # rundimeco/waddle corpora/Corpus_daniel_v2.1/html/20120117_big5.soundofhope.org_ef3857eced…
    article = extract_article(fixture_bytes("daniel_fix/soundofhope_outlet_signoff.html"))
    assert len(article.paragraphs) == 2
    assert not any("報導" in p for p in article.paragraphs)
    # made up: a broadcaster's and a paper's reporter
    for line in (
        "中央人民广播电台李文报道",
        "江城日报张明报道。",
        "聯合報王小明報導",
    ):
        assert outlet_reported(line)
        assert is_credit(line)
    for last in ("河畔之聲廣播電台陳立報導", "美國之音王明報導"):
        page = _page(as_paragraphs([*KITCHEN_STORY, last]))
        assert list(extract_article(page, URL).paragraphs) == KITCHEN_STORY
    # a sentence about a report, and a paper reporting today, are the story's
    for line in ("中央电视台对此进行了报道", "澳门日报今日报道", "台湾媒体报道", "本报记者报道"):
        assert not outlet_reported(line)


def test_crew_with_glued_names_is_no_paragraph() -> None:
    # rundimeco/waddle corpora/Corpus_daniel_v2.1/html/20111209_www.jmnews.com.cn_836a5cff9a…
    article = extract_article(fixture_bytes("daniel_fix/jmnews_glued_crew.html"))
    assert not any("本版文" in p for p in article.paragraphs)
    assert "雪龙号科考路线" in article.paragraphs
    # made up: two reporters and a correspondent, and a writer-photographer pair
    assert glued_crew("本报记者王立张华 通讯员陈晓")
    assert glued_crew("图文/记者高山林海")
    page = _page(
        as_paragraphs([*KITCHEN_STORY[:2], "文/记者周远林青实习生马兰", *KITCHEN_STORY[2:]])
    )
    assert list(extract_article(page, URL).paragraphs) == KITCHEN_STORY
    # a sentence after the role is no run of names
    for line in ("记者从市教育局获悉", "记者王立张华说", "记者李明走访了", "记者来信"):
        assert not glued_crew(line)


def test_rights_statement_on_marked_works_leaves_the_body() -> None:
    # rundimeco/waddle corpora/Corpus_daniel_v2.1/html/20111209_www.jjckb.cn_809057d35b…
    article = extract_article(fixture_bytes("daniel_fix/jjckb_marked_works_statement.html"))
    assert not any("凡标注" in p or "新闻线索提供热线" in p for p in article.paragraphs)
    assert article.paragraphs[-1].startswith("深圳市中院审理认为")
    # made up: the paper's byline mark instead of its source label
    statement = "凡署名“江城晚报”的稿件，著作权均归江城晚报社所有，未经许可不得使用。"
    assert notice_strength(statement) >= 1
    page = _page(as_paragraphs([*KITCHEN_STORY, statement]))
    assert list(extract_article(page, URL).paragraphs) == KITCHEN_STORY
    assert notice_strength("凡是注明出处的引文都应当核对原文。") == 0


def test_headlines_typed_after_a_related_label_leave_the_body() -> None:
    # rundimeco/waddle corpora/Corpus_daniel_v2.1/html/20111209_entertainment.dbw.cn_8fa5bdab49…
    article = extract_article(fixture_bytes("daniel_fix/dbw_typed_related_headlines.html"))
    assert not any("相关阅读" in p or "韩成珠性爱视频" in p for p in article.paragraphs)
    assert article.paragraphs[-1].startswith("美女主播成为了热门话题后")
    # made up: a "延伸閱讀：" label with two more headline lines under it, mid-story
    related = [
        "延伸閱讀：河畔老街修繕完工　週末重新開放",
        "社區食堂一年服務三萬人次",
        "獨居老人送餐計畫明年擴大",
    ]
    story = [*KITCHEN_STORY[:2], *related, *KITCHEN_STORY[2:]]
    assert list(extract_article(_page(as_paragraphs(story)), URL).paragraphs) == KITCHEN_STORY
    # a background box under "相关链接：" and a label opening a sentence are the story's
    box = ["相关链接：", "共享厨房最早出现在上海的老旧小区，由居委会牵头、居民自愿参与。"]
    story = [*KITCHEN_STORY, *box]
    kept = extract_article(_page(as_paragraphs(story)), URL).paragraphs
    assert box[1] in kept
    line = "相关新闻：据报道，另一个街道也在筹办社区厨房。"
    story = [*KITCHEN_STORY[:3], line, *KITCHEN_STORY[3:]]
    assert line in extract_article(_page(as_paragraphs(story)), URL).paragraphs


def test_spelled_out_pager_is_no_paragraph() -> None:
    # rundimeco/waddle corpora/Corpus_daniel_v2.1/html/20120117_news.cbbn.net_a9bcfb35db…
    article = extract_article(fixture_bytes("daniel_fix/cbbn_spelled_out_pager.html"))
    assert not any("本文共分" in p for p in article.paragraphs)
    assert article.paragraphs[-1].startswith("16日晚，香港著名导演彭浩翔")
    # made up: traditional characters, the count and the buttons only
    for pager in ("共3頁 第2頁 上一頁 下一頁", "全文共2页 当前为第2页 上一页 首页"):
        page = _page(as_paragraphs([*KITCHEN_STORY, pager]))
        assert list(extract_article(page, URL).paragraphs) == KITCHEN_STORY
    line = "本文共分3页，请注意阅读第2页的内容"  # a sentence about pages stays one
    page = _page(as_paragraphs([*KITCHEN_STORY[:2], line, *KITCHEN_STORY[2:]]))
    assert line in extract_article(page, URL).paragraphs


def test_qualified_tag_label_is_no_paragraph() -> None:
    # rundimeco/waddle corpora/Corpus_daniel_v2.1/html/20120117_gansu.gansudaily.com.cn_41587f7d47…
    article = extract_article(fixture_bytes("daniel_fix/gansudaily_keyword_label.html"))
    assert not any("关键词" in p for p in article.paragraphs)
    # made up: the label qualified otherwise, with its tags
    assert is_tag_line("本文关键词：共享厨房 独居老人")
    assert is_tag_line("相关标签：社区")
    assert not is_tag_line("本文关键在于社区的组织能力。")


def test_sign_up_prompt_is_a_promo() -> None:
    # rundimeco/waddle corpora/Corpus_daniel_v2.1/html/20120112_t.cntv.cn_6b23666e15…
    article = extract_article(fixture_bytes("daniel_fix/cntv_sign_up_prompt.html"))
    assert not any("已有帐号" in p for p in article.paragraphs)
    assert any("马来西亚国家邮政局" in p for p in article.paragraphs)
    # made up: other prompts; and story sentences about signing up
    for prompt in ("還沒有帳號？立即註冊", "免费注册河畔博客，记录你的生活！"):
        assert is_promo(prompt)
        page = _page(as_paragraphs([*KITCHEN_STORY, prompt]))
        assert list(extract_article(page, URL).paragraphs) == KITCHEN_STORY
    for sentence in ("开通微博，是他上任后的第一件事。", "已有账号的用户可直接登录。"):
        assert not is_promo(sentence)


def test_unit_and_name_over_the_first_paragraph_is_a_byline() -> None:
    # rundimeco/waddle corpora/Corpus_daniel_v2.1/html/20120112_qy.gansudaily.com.cn_b0e63f3f6a…
    article = extract_article(fixture_bytes("daniel_fix/gansudaily_unit_byline.html"))
    assert not any("马春健" in p for p in article.paragraphs)
    assert article.paragraphs[0].startswith("为了加强我市烟花爆竹企业")
    # made up: a school's writer, a space between unit and name
    assert unit_byline("河畔县实验中学　周远") == "周远"
    page = _page(as_paragraphs(["河畔县民政局　陈立", *KITCHEN_STORY]))
    assert list(extract_article(page, URL).paragraphs) == KITCHEN_STORY
    # headings over the first paragraph: a unit and what it does
    for heading in ("市卫生局部署", "市教育局召开会议", "省气象局发布"):
        assert unit_byline(heading) is None
