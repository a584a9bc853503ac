"""Picture credits and short photo captions on real pages (issue 14, session 41, h-cap5),
found by running the extractor on the webpage_archive pool (transTerminus/webpage_archive
commit f987f5e, raw/):

- a gallery page's one caption with the picture's credit and the agency's terms glued
  after its last sentence ("…将在5月8日举行。图片来源：东方ic 版权作品 请勿转载"): the tail's
  notice words (版权, 转载) made the whole line a notice, so the caption was dropped and
  the page refused as a list. The notice words stand in the tail a picture credit's label
  opens after the caption's finished sentence: they are the picture's terms, the line is
  the caption (picture_notice, host_voice.split_picture_notice), and the tail goes to the
  noise audit. Tested on a reduced copy
  (tests/fixtures/extract/real_cap5/chinanews_hd_caption_with_picture_notice.html, from
  raw/chinanews.com/www_泰国举行变性人选美大赛参赛者性感妖娆-中新网.html) and on a made-up
  photo page whose caption ends in "摄影：X 未经授权禁止转载"; a sentence that names a
  picture's source, and a credit with its notice alone on its line, stay as they were;
- picture credits standing alone between a story's paragraphs (the gold sets keep a
  caption that describes the picture, never a credit alone): an agency's photo desk and
  its photographer ("联合国图片/Rick Bajornas" under each picture of a UN News story), a
  picture source's label with its colon left out ("图源网络", "图源 美联社", "图片源自X"),
  "图片版权：X"; and "图片来源：视频截图" over a line of reported speech with a colon
  ("张老愤怒地指出：…。"), which read as the two rows of a box of facts (fact_rows) and
  kept the credit as the box's. A picture's source is no fact of a work. Tested on reduced
  copies (tests/fixtures/extract/real_cap5/un_news_photo_desk_credits.html, from
  raw/unclassify_news/news_【专题报道】中国“同志”等性和性别少数群体境遇有待改善.html;
  real_cap5/netease_post_picture_source_under_picture.html, from
  raw/163.com/www_中国科学院大学硕士公然发布辱华言论，其还是个「女装大佬」_-_网易.html)
  and on made-up credit lines; a caption that says what the picture shows, a sentence
  about a photograph's origin and a film's fact box keep their lines;
- an old portal's photo page (2005) whose story is one sentence of a caption (33
  characters, under MIN_BODY_CHARS) under its dated headline, the headline set in a
  ``<div>`` that is the ``<title>`` whole, the caption and its 来源 line in one table cell
  and the editor's credit and a related box's links in the next cells: refused as a list.
  A plain line that is the ``<title>`` whole is the headline (headline_caption._headline),
  the caption's cell is its own element when the block it shares with the related box has
  links (caption_past_toolbar), and one whole sentence of clauses there is the page's story
  (one_sentence_caption). Tested on a reduced copy
  (tests/fixtures/extract/real_cap5/chinanews_old_photo_one_sentence_caption.html, from
  raw/chinanews.com/www_韩变性艺人河莉秀未整形时的男儿身照曝光(图)_-_中国新闻网.html) and on
  a made-up page of the same layout; a one-line blurb with no clause and a dated line over
  a cell of links stay refused;
- a picture viewer's overlay saved over the picture: its copyright span and the caption
  glued with no space ("© 照片 : Twitter/@njstone9M35 和 W35 …"), the next line the same
  caption as the page shows it under the picture. The line adds only the credit: it goes
  to the noise audit (caption_credits.credit_over_repeated_caption), the caption stays
  once. Tested on a reduced copy
  (tests/fixtures/extract/real_cap5/sputnik_photo_viewer_credit_over_caption.html, from
  raw/unclassify_news/sputniknews_大型体育运动中有跨性别人士的位置吗？_-_俄罗斯卫星通讯社.html)
  and on made-up lines; a question over its answer's repeat stays;
- a picture credit's label with nothing after it ("摄影：", the template's empty field)
  over a university news site's reposted stories: the line went into the body as its first
  paragraph. A picture credit's label alone is a media label whose picture is gone
  (empty_labels.is_media_label). Tested on a reduced copy
  (tests/fixtures/extract/real_cap5/sjtu_news_empty_photo_label.html, from
  raw/unclassify_news/www_【健康报】跨性别男男性行为者染艾超16%-上海交通大学医学院-新闻网.html)
  and on other empty labels; a label with its name stays a credit's, a sentence stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import NotAnArticle, extract_article
from snapcrawl.extract.caption_credits import credit_over_repeated_caption
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.empty_labels import is_media_label
from snapcrawl.extract.host_voice import notice_strength, split_picture_notice

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_cap5"
NAV = "".join(f"<li><a href='/photo/c{i}/'>图集：南湖四季风光第{i}辑</a></li>" for i in range(24))
CAPTION = (
    "5月6日，第十二届湖滨龙舟赛在南湖开赛，二十支队伍同场竞技。"
    "最终，城东队以两分零五秒的成绩夺得冠军，城西队和城北队分获亚军和季军。"
)


def _photo_page(caption: str) -> str:
    """The channel's menu, a headline, the photo and its caption, a dated line, the footer."""
    return (
        "<html><head><meta charset='utf-8'><title>南湖龙舟赛开赛 二十支队伍同场竞技-湖滨网</title>"
        "</head><body>"
        f"<ul class='menu'>{NAV}</ul>"
        "<h1>南湖龙舟赛开赛 二十支队伍同场竞技</h1>"
        "<div class='pic'><img src='/p/1.jpg'></div>"
        f"<div class='desc'>{caption}</div>"
        "<div class='time'>发布时间：2024-05-06 10:45:12 【编辑：李明】</div>"
        "<div class='pages'><a href='p1.html'>上一张</a> <a href='p3.html'>下一张</a></div>"
        "<div class='foot'>湖滨网 版权所有 未经授权禁止转载</div></body></html>"
    )


def test_a_caption_with_a_glued_picture_notice_is_the_story() -> None:
    page = (FIXTURES / "chinanews_hd_caption_with_picture_notice.html").read_bytes()
    article = extract_article(page)
    assert article.paragraphs == (
        "当地时间2015年3月25日，泰国曼谷，今年的2015泰国最美变性小姐比赛开始，"
        "最后的冠军之争将在5月8日举行。",
    )
    assert "图片来源：东方ic 版权作品 请勿转载" in article.noise
    assert article.title == "泰国举行变性人选美大赛 参赛者性感妖娆"


def test_another_label_and_notice_glued_to_a_caption() -> None:
    article = extract_article(_photo_page(CAPTION + "摄影：王磊 未经授权禁止转载"))
    assert article.paragraphs == (CAPTION,)
    assert "摄影：王磊 未经授权禁止转载" in article.noise


def test_the_split_takes_only_a_labelled_tail_after_a_sentence() -> None:
    story = "游客在长城上游览，感受秋日风光。"
    assert split_picture_notice(story + "图源：视觉中国 版权所有 请勿转载") == (
        story,
        "图源：视觉中国 版权所有 请勿转载",
    )
    # the story speaks of a picture's source and of reprints: no sentence ends before it
    kept = "法院认定，被告在网站上使用的图片来源：不明，且未经授权转载"
    assert split_picture_notice(kept) is None
    # a credit and its notice alone on their line: the notice it always was
    alone = "图片来源：东方ic 版权作品 请勿转载"
    assert split_picture_notice(alone) is None
    assert notice_strength(alone) == 2
    # a credit with no notice words is no notice: the caption keeps it as before
    assert split_picture_notice(story + "图片来源：东方ic") is None


def test_a_story_sentence_about_reprints_stays_whole() -> None:
    line = "法院审理认为，被告未经授权转载原告拍摄的图片来源不明的作品，构成侵权。"
    article = extract_article(_photo_page(CAPTION + "</div><div class='desc2'>" + line))
    assert line in article.paragraphs


def test_photo_desk_credits_leave_a_un_news_story() -> None:
    page = (FIXTURES / "un_news_photo_desk_credits.html").read_bytes()
    article = extract_article(page)
    for credit in ("联合国图片/Rick Bajornas", "难民署图片/Chris Young", "难民署图片/Nick Otto"):
        assert credit not in article.paragraphs
    assert "2016年2月，联合国发行了六枚支持性少数群体平等权利的纪念邮票。" in article.paragraphs


def test_a_picture_source_over_reported_speech_is_no_fact_row() -> None:
    page = (FIXTURES / "netease_post_picture_source_under_picture.html").read_bytes()
    article = extract_article(page)
    assert "图片来源：视频截图" not in article.paragraphs
    assert "张老愤怒地指出：极少数「知识分子」—— 疫情下扭曲的价值观。" in article.paragraphs


def test_picture_credits_alone_in_other_words() -> None:
    for credit in (
        "图源网络",
        "▲图源 视觉中国",
        "图片源自网络",
        "图源 Getty Images",
        "图片版权：Getty Images",
        "图片致谢：某某美术馆",
        "新华社照片/李明",
        "图片来自：https://twitter.com/someone/status/1234567890123456789",
    ):
        assert is_credit(credit), credit
    for story in (
        "照片来自他的母亲，她说这是他最喜欢的一张。",
        "照片：工人们在码头装卸集装箱",  # a caption that says what the picture shows
        "图片显示，大桥的主体结构已经完工。",
    ):
        assert not is_credit(story), story


def test_a_picture_credit_between_paragraphs_leaves_the_body() -> None:
    story = [
        "5月6日，第十二届湖滨龙舟赛在南湖开赛，二十支队伍同场竞技，岸边观众欢呼不断。",
        "最终，城东队以两分零五秒的成绩夺得冠军，城西队和城北队分获亚军和季军。",
        "赛事组委会表示，明年将邀请更多外地队伍参赛，并增设青少年组别。",
    ]
    html = (
        "<html><head><meta charset='utf-8'><title>南湖龙舟赛开赛-湖滨网</title></head><body>"
        "<h1>南湖龙舟赛开赛</h1><div class='article'>"
        f"<p>{story[0]}</p><p><img src='/p/1.jpg'></p><p>图源 视觉中国</p>"
        f"<p>{story[1]}</p><p><img src='/p/2.jpg'></p><p>湖滨日报图片/王磊</p>"
        f"<p>{story[2]}</p></div></body></html>"
    )
    article = extract_article(html)
    assert article.paragraphs == tuple(story)


def test_one_sentence_caption_under_the_dated_title_line_is_the_story() -> None:
    page = (FIXTURES / "chinanews_old_photo_one_sentence_caption.html").read_bytes()
    article = extract_article(page)
    assert article.paragraphs == (
        "韩国变性艺人河莉秀未变性前的男儿身照曝光，整容变性前后变化巨大。",
    )
    assert article.title == "韩变性艺人河莉秀未整形时的男儿身照曝光(图)"
    assert str(article.published_at) == "2005-02-04 10:46:00+08:00"
    assert article.editor == "郑静"


def _old_photo_page(caption: str) -> str:
    """An old portal's table: the headline's cell, the dated cell, the picture, the caption
    and its 来源 line in one cell, the editor's cell, a related box of links."""
    related = "".join(
        f"<tr><td><a href='/n/{i}.shtml'>·龙舟赛第{i}场 城东队夺冠 (2005-0{i}-20)</a></td></tr>"
        for i in range(1, 6)
    )
    return (
        "<html><head><meta charset='utf-8'><title>南湖龙舟赛开赛 城东队夺冠(图)</title></head>"
        "<body><table><tr><td><div>南湖龙舟赛开赛 城东队夺冠(图)</div></td></tr>"
        "<tr><td><div>2005年05月06日 10:46</div></td></tr>"
        "<tr><td><div>城东队</div><div><a href='/pic/1.shtml'>点击查看其它图片</a></div></td></tr>"
        f"<tr><td><font><p>{caption}</p><p>来源：湖滨日报</p></font></td></tr>"
        "<tr><td><table><tr><td>【编辑:李明】</td></tr></table></td></tr>"
        f"<tr><td>:::相 关 报 道:::</td></tr>{related}</table></body></html>"
    )


def test_one_sentence_caption_in_another_old_page() -> None:
    caption = "南湖龙舟赛5日开赛，城东队以两分零五秒夺冠。"
    article = extract_article(_old_photo_page(caption))
    assert article.paragraphs == (caption,)


def test_a_blurb_with_no_clause_stays_refused() -> None:
    with pytest.raises(NotAnArticle):
        extract_article(_old_photo_page("南湖龙舟赛历届赛事图片集锦。"))


def test_a_viewer_credit_glued_to_a_repeated_caption_goes() -> None:
    page = (FIXTURES / "sputnik_photo_viewer_credit_over_caption.html").read_bytes()
    article = extract_article(page)
    caption = "M35 和 W35 奥林匹克举重初步数据，LH = 劳雷尔·哈伯德（Laurel Hubbard）"
    assert article.paragraphs.count(caption) == 1
    assert not any(p.startswith("©") for p in article.paragraphs)
    assert "© 照片 : Twitter/@njstone9" in article.noise


def test_viewer_credits_in_other_words() -> None:
    caption = "5月6日，南湖龙舟赛开赛，二十支队伍同场竞技。"
    assert credit_over_repeated_caption("© Sputnik / Ivan Ivanov" + caption, caption) == (
        "© Sputnik / Ivan Ivanov"
    )
    assert credit_over_repeated_caption("摄影：王磊" + caption, caption) == "摄影：王磊"
    # a question over the line that repeats its end: the story's, no credit before it
    assert credit_over_repeated_caption("记者问道：这是真的吗？", "这是真的吗？") is None
    assert credit_over_repeated_caption(caption, caption) is None


def test_an_empty_photo_label_over_the_story_goes() -> None:
    page = (FIXTURES / "sjtu_news_empty_photo_label.html").read_bytes()
    article = extract_article(page)
    assert "摄影：" not in article.paragraphs
    assert article.paragraphs[0].startswith("本报讯（记者胡德荣）中国跨性别男男性行为者")
    assert article.author == "胡德荣"


def test_empty_picture_labels_in_other_words() -> None:
    for label in ("摄影：", "摄像:", "图片来源：", "图源：", "图片提供 ："):
        assert is_media_label(label), label
    for line in ("摄影：王磊", "摄影师说：", "图片来源：新华社"):
        assert not is_media_label(line), line
