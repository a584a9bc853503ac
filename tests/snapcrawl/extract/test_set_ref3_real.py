"""Stories that came out wrong-sized (issue 14, session 40, h-ref3), found by running the
extractor on the webpage_archive pool (transTerminus/webpage_archive commit f987f5e, raw/):

- a schema.org record over the story, set as text (``<div itemprop="mainEntityOfPage">URL</div>``,
  the headline twice, the site's name, the description, three ISO dates, the logo's size),
  that the site hides by its stylesheet: its three bare dates one under the other were read
  as a series of dated entries (entries.py), so only the record's lines above them were kept
  (URL, headline, site, lead) and the story below was lost. Bare dates one under the other
  are no entries, and the record's lines are no story (microdata_records.py). Tested on a
  reduced copy (tests/fixtures/extract/real_ref3/sputnik_schema_record_over_story.html, from
  raw/unclassify_news/sputniknews_《黑客帝国》导演证实影片与跨性别者有关_-_俄罗斯卫星通讯社.html)
  and on a made-up page of another shape; a visible article marked up with microdata keeps
  its paragraphs, and a story that is one ``articleBody`` field stays. Cards of other stories
  set between the paragraphs (each a linked headline and its date) were a series of dated
  entries too, and the block was cut before the first of them: with the story's paragraphs
  between them they are no entries (entries._cards_in_story). Tested on a reduced copy
  (tests/fixtures/extract/real_ref3/sputnik_related_cards_between_paragraphs.html, from
  raw/unclassify_news/sputniknews_阴阳相关：中国为何禁止“娘炮”角色-_2021年9月11日,_俄罗斯卫星通讯社.html)
  and on a made-up story; a thread's dated posts still keep the first post;
- one story's headline twice, in two ``<h1>``: a banner's over the lead photo (its credit
  and caption under it) and the page's own over the dated line and the story. The two heads
  were taken for two stacked stories and the first unit, the banner's caption, was kept
  (next_stories.py). The same words are one story: the unit holding most of the block's
  prose is it. Tested on a reduced copy (tests/fixtures/extract/real_ref3/
  un_news_headline_over_banner_and_story.html, from
  raw/unclassify_news/news_【专题报道】中国“同志”等性和性别少数群体境遇有待改善.html) and on
  a made-up page; two stacked stories under different headlines still keep the first, and a
  headline repeated in a box below with the story outside both heads' units is read whole;
- a story in a content box its theme names for sharing ("thb-post-share-container") under a
  ``<title>`` that opens on the post's date ("2021-12-17 - 标题 | 风采Feminine"), the date in
  a bar the theme names as the headline's bottom ("thb-post-title-bottom"): the strict
  reading kept the page's copyright line, and the story found in furniture was refused
  because the title did not open on the headline and the dated line was neither in the main
  column nor in the box (furniture_story.py). The title opens on the headline past a date
  set before it, and a dated line in the headline's own title block counts. Tested on a
  reduced copy (tests/fixtures/extract/real_ref3/nanyang_story_in_share_box_dated_title.html,
  from raw/unclassify_news/feminine_比女人还美的变装皇后是妈妈的骄傲_-_风采Feminine.html) and
  on a made-up blog page; a comment box under a dated headline stays out;
- a video page with no text whose column lists the programme's other videos as cards with
  no links (title, "19.0万|23:34" plays and running time, "18评论2024-05-28"): their longer
  titles read as prose and were kept as the story. Three sibling cards of one kind or more,
  each with a line of plays and a running time, are a video list (media_cards.py), and the
  page is no article. Tested on a reduced copy (tests/fixtures/extract/real_ref3/
  qq_video_cards_beside_player.html, from
  raw/news.qq.com/news_陆蓉之-_就像你接受儿子多元化的性别认同.html) and on a made-up video
  page; a story with two clips in it and a story over a list of related videos keep their
  paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import NotAnArticle, extract_article

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_ref3"
NAV = "".join(f"<li><a href='/c/{i}.html'>栏目{i}</a></li>" for i in range(12))
STORY = (
    "<p>本报讯 今年入冬以来，城北新区的老旧小区陆续完成了供暖管网改造，三千多户居民第一次"
    "在十一月中旬就用上了稳定的暖气。</p>"
    "<p>区住建局负责人介绍，改造共更换主干管道十二公里，新建换热站四座，工程从四月开工，"
    "赶在供暖季前全部完工。</p>"
    "<p>居民王女士说，以前家里要靠电暖器过冬，今年屋里温度一直在二十度上下，老人孩子都不"
    "再受冻了。</p>"
)


def _record_page(record_dates: str) -> str:
    """A news page whose schema.org record (a block of fields, set as text) stands over the
    story's headline, dated line and paragraphs."""
    return (
        "<html><head><meta charset='utf-8'><title>老旧小区完成供暖改造 - 北城日报</title></head>"
        f"<body><ul class='nav'>{NAV}</ul><main class='main'>"
        "<section itemscope itemtype='https://schema.org/NewsArticle' class='seo-data'>"
        "<span itemprop='url'>https://news.example.cn/2024/1120/88.html</span>"
        "<span itemprop='headline'>老旧小区完成供暖改造</span>"
        "<span itemprop='description'>今年入冬以来，城北新区的老旧小区陆续完成了供暖管网"
        "改造，三千多户居民用上了稳定的暖气。</span>"
        f"{record_dates}"
        "<div itemprop='publisher' itemscope itemtype='https://schema.org/Organization'>"
        "<span itemprop='name'>北城日报</span><span itemprop='telephone'>010-12345678</span>"
        "</div></section>"
        "<div class='story'><h1>老旧小区完成供暖改造</h1><p class='info'>2024年11月20日 09:15"
        f" 来源：北城日报</p>{STORY}</div></main>"
        "<div class='foot'>北城日报社 版权所有</div></body></html>"
    )


DATES = (
    "<p itemprop='datePublished'>2024-11-20T09:15:00+08:00</p>"
    "<p itemprop='dateCreated'>2024-11-20T09:15:00+08:00</p>"
    "<p itemprop='dateModified'>2024-11-21T10:02:00+08:00</p>"
)


def test_real_schema_record_over_story_gives_the_story() -> None:
    raw = (FIXTURES / "sputnik_schema_record_over_story.html").read_bytes()
    article = extract_article(raw, "https://sputniknews.cn/20200807/1031923892.html")
    body = "\n".join(article.paragraphs)
    assert article.title == "《黑客帝国》导演证实影片与跨性别者有关"
    assert "原为男性的沃卓斯基姐妹分别于2012年和2016年正式宣布变性" in body
    assert "《独立报》报道称，受新冠疫情影响，《黑客帝国》第四部宣布停拍" in body
    assert "https://" not in body
    assert "feedback.cn@sputniknews.com" not in body
    assert body.count("据《卫报》报道") == 1  # the record's description copy goes


def test_made_up_record_of_fields_over_story_goes() -> None:
    article = extract_article(
        _record_page(DATES).encode(), "https://news.example.cn/2024/1120/88.html"
    )
    body = "\n".join(article.paragraphs)
    assert article.paragraphs[0].startswith("本报讯 今年入冬以来")
    assert "区住建局负责人介绍" in body
    assert "老人孩子都不再受冻了" in body
    assert "https://news.example.cn" not in body
    assert "010-12345678" not in body


def test_visible_microdata_article_keeps_its_paragraphs() -> None:
    """An article marked up with microdata where readers see it: its paragraphs are no
    fields, so nothing of it goes."""
    page = (
        "<html><head><meta charset='utf-8'><title>老旧小区完成供暖改造 - 北城日报</title></head>"
        f"<body><ul class='nav'>{NAV}</ul>"
        "<article itemscope itemtype='https://schema.org/NewsArticle'>"
        "<h1 itemprop='headline'>老旧小区完成供暖改造</h1>"
        "<div class='info'><span itemprop='datePublished'>2024-11-20 09:15</span></div>"
        f"<div itemprop='articleBody'>{STORY}</div></article>"
        "<div class='foot'>北城日报社 版权所有</div></body></html>"
    )
    article = extract_article(page.encode(), "https://news.example.cn/2024/1120/88.html")
    body = "\n".join(article.paragraphs)
    assert "本报讯 今年入冬以来" in body
    assert "老人孩子都不再受冻了" in body


def test_story_in_one_article_body_field_stays() -> None:
    """A record whose one long field is the story itself (``articleBody``) is the story."""
    text = STORY.replace("<p>", "").replace("</p>", "")
    page = (
        "<html><head><meta charset='utf-8'><title>老旧小区完成供暖改造 - 北城日报</title></head>"
        f"<body><ul class='nav'>{NAV}</ul>"
        "<div itemscope itemtype='https://schema.org/NewsArticle'>"
        "<h1 itemprop='headline'>老旧小区完成供暖改造</h1>"
        "<div itemprop='datePublished'>2024-11-20 09:15</div>"
        f"<div itemprop='articleBody'>{text}</div></div>"
        "<p class='copy'>北城日报社 版权所有，未经授权不得转载本网站任何内容。</p></body></html>"
    )
    article = extract_article(page.encode(), "https://news.example.cn/2024/1120/88.html")
    assert "区住建局负责人介绍" in "\n".join(article.paragraphs)


def test_real_headline_over_banner_and_story_gives_the_story() -> None:
    raw = (FIXTURES / "un_news_headline_over_banner_and_story.html").read_bytes()
    article = extract_article(raw, "https://news.un.org/zh/story/2019/06/1036281")
    body = "\n".join(article.paragraphs)
    assert article.paragraphs[0].startswith("为纪念性少数群体权益斗争50周年")
    assert "刘明辉教授在梳理相关政策和法律条款后表示" in body
    assert "Jana Sabeth" not in body


def _banner_page(second: str, story_under_second: bool = True) -> str:
    """A headline on a banner over the lead photo's caption, then a headline over the story."""
    paragraphs = STORY if story_under_second else ""
    rest = "" if story_under_second else f"<div class='text'>{STORY}</div>"
    return (
        "<html><head><meta charset='utf-8'><title>老旧小区完成供暖改造 - 北城日报</title></head>"
        f"<body><ul class='nav'>{NAV}</ul><div class='page'>"
        "<div class='hero'><h1>老旧小区完成供暖改造</h1><div class='photo-caption'>"
        "<span>北城日报记者 李明 摄</span><p>11月18日，城北新区一处换热站内，工人在检查新安装的"
        "管道阀门，新站投用后可为周边八个小区供暖。换热站采用智能调控系统，可以根据室外气温自动"
        "调节供水温度，比旧设备节能约两成，运行数据实时传回区供热指挥中心。</p></div></div>"
        f"<div class='column'><h1>{second}</h1><p class='info'>2024年11月20日 09:15 来源：北城日报"
        f"</p>{paragraphs}</div>{rest}</div>"
        "<div class='foot'>北城日报社 版权所有</div></body></html>"
    )


def test_made_up_headline_twice_keeps_the_story_under_the_second() -> None:
    article = extract_article(_banner_page("老旧小区完成供暖改造").encode())
    body = "\n".join(article.paragraphs)
    assert "换热站采用智能调控系统" not in body  # the banner photo's caption
    assert "本报讯 今年入冬以来" in body
    assert "老人孩子都不再受冻了" in body


def test_headline_twice_with_the_story_outside_both_units_reads_the_block() -> None:
    article = extract_article(
        _banner_page("老旧小区完成供暖改造", story_under_second=False).encode()
    )
    assert "区住建局负责人介绍" in "\n".join(article.paragraphs)


def test_two_stacked_stories_under_different_headlines_keep_the_first() -> None:
    """The next story loaded under the page's: its own headline, its own paragraphs."""
    other = (
        "<p>本报讯 城南的两座老桥本周起封闭施工，加固工程预计持续到明年三月，期间公交线路"
        "临时绕行。</p><p>市交通局提醒市民提前规划出行路线，早晚高峰尽量错峰出行，绕行"
        "线路的站点已设置临时站牌。</p>"
        "<p>施工单位表示，加固完成后两座桥的限载标准将提高，大型货车也可以通行，"
        "桥面的人行道同步拓宽。</p>"
    )
    page = (
        "<html><head><meta charset='utf-8'><title>老旧小区完成供暖改造 - 北城日报</title></head>"
        f"<body><ul class='nav'>{NAV}</ul><div class='feed'>"
        f"<div class='story'><h1>老旧小区完成供暖改造</h1>{STORY}</div>"
        f"<div class='story'><h1>城南两座老桥封闭加固</h1>{other}</div></div></body></html>"
    )
    body = "\n".join(extract_article(page.encode()).paragraphs)
    assert "老人孩子都不再受冻了" in body
    assert "两座老桥" not in body


def test_desktop_and_mobile_copies_of_one_story_keep_one() -> None:
    """A page that sets its story twice, for desktop and for mobile, each under the same
    headline and dated line: one copy is the story, and the headline stays the title."""
    copy = (
        "<div class='{0}'><h1>老旧小区完成供暖改造</h1>"
        "<p class='info'>来源：北城日报 2024-11-20 09:15</p>{1}</div>"
    )
    page = (
        "<html><head><meta charset='utf-8'><title>老旧小区完成供暖改造 - 北城日报</title></head>"
        f"<body><ul class='nav'>{NAV}</ul>{copy.format('pc-con', STORY)}"
        f"{copy.format('wap-con', STORY)}<div class='foot'>北城日报社 版权所有</div></body></html>"
    )
    article = extract_article(page.encode())
    assert article.title == "老旧小区完成供暖改造"
    assert "\n".join(article.paragraphs).count("区住建局负责人介绍") == 1


def test_real_story_in_share_box_under_dated_title_is_read() -> None:
    raw = (FIXTURES / "nanyang_story_in_share_box_dated_title.html").read_bytes()
    article = extract_article(raw, "https://feminine.com.my/")
    body = "\n".join(article.paragraphs)
    assert article.title == "比女人还美的变装皇后 是妈妈的骄傲"
    assert article.paragraphs[0].startswith("你听过‘变装皇后’（Drag Queen）这个职业吗？")
    assert "Copyright" not in body
    assert "Nanyang Press" not in body


def _blog_page(box: str) -> str:
    """A blog post under a dated ``<title>``: the headline and its date bar in a title block,
    the post in a box the theme names for its share buttons, a copyright line below."""
    return (
        "<html><head><meta charset='utf-8'>"
        "<title>2024/03/05 - 山城夜雨：老街尽头的江边茶馆 | 小林的博客</title></head>"
        f"<body><ul class='nav'>{NAV}</ul><div class='post'>"
        "<div class='entry-head'><h1>山城夜雨：老街尽头的江边茶馆</h1>"
        "<div class='meta-bottom'><span>2024/03/05</span></div></div>"
        f"<div class='{box}'><div class='entry-content'>"
        "<p>三月初的山城总是下着细雨，傍晚时分我沿着老街往江边走，石板路被雨水洗得发亮，"
        "两旁的小店陆续亮起了灯。</p>"
        "<p>江边的茶馆还开着，老板说这样的天气客人不多，他索性泡了一壶新茶，和我聊起这条"
        "街几十年来的变化。</p>"
        "<p>回去的路上雨停了，远处的山在雾里时隐时现，我想起小时候跟着外婆走过的那条路，"
        "也是这样安静。</p>"
        "<p>第二天一早，我又去了那家茶馆。老板已经把门板卸下，炉子上的水刚刚烧开，几位老街坊"
        "坐在窗边下棋，谁也不急着说话。</p>"
        "<p>他告诉我，茶馆是父亲留下来的，开了四十多年，街上的店换了一茬又一茬，只有这里还是"
        "老样子，来的也大多是老面孔。</p>"
        "<p>离开山城的时候，我在车站回头望了一眼，雨又下起来了，江面上起了一层薄薄的雾。</p>"
        "<p>后来每次想起那次旅行，最先浮现的不是江景，而是茶馆里那壶慢慢变凉的茶，和老板"
        "讲起往事时平静的神情。</p>"
        "</div></div></div>"
        "<div class='subfooter'><p>Copyright © 2024 Lin Media Holdings Berhad "
        "No. 201901000222 (1234-K). All rights reserved.</p></div></body></html>"
    )


def test_made_up_post_in_share_box_under_dated_title_is_read() -> None:
    article = extract_article(_blog_page("share-wrap").encode())
    body = "\n".join(article.paragraphs)
    assert body.startswith("三月初的山城总是下着细雨")
    assert "Copyright" not in body


def test_comment_box_under_dated_headline_stays_out() -> None:
    """Readers' words in a comment box under the headline are never its story."""
    page = _blog_page("comments-list")
    try:
        body = "\n".join(extract_article(page.encode()).paragraphs)
    except NotAnArticle:
        return
    assert "三月初的山城" not in body


def test_real_video_cards_beside_player_are_no_story() -> None:
    raw = (FIXTURES / "qq_video_cards_beside_player.html").read_bytes()
    with pytest.raises(NotAnArticle):
        extract_article(raw, "https://news.qq.com/rain/a/20240606V05D2O00")


def _video_card(i: int) -> str:
    return (
        f"<li class='vcard'><div class='cover'><span class='stat'>{i + 2}.4万次播放 · 0{i}:1{i}"
        f"</span></div><p class='vt'>第{i + 1}集：老街坊讲述城北老工厂里的那些往事，"
        "几代工人的青春都留在了这里</p>"
        f"<p class='vm'>{i + 3}评论 2024-06-0{i + 1}</p></li>"
    )


def test_made_up_video_page_with_card_list_is_no_article() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>城北老工厂的往事 - 北城视频</title></head>"
        f"<body><ul class='nav'>{NAV}</ul><div class='player'><h1>城北老工厂的往事</h1>"
        "<p class='meta'>2024-06-06 10:30 发布|3.1万 观看</p></div>"
        f"<div class='side'><p>本期节目</p><ul>{''.join(_video_card(i) for i in range(6))}</ul>"
        "</div></body></html>"
    )
    with pytest.raises(NotAnArticle):
        extract_article(page.encode())


def test_story_with_two_clips_and_related_videos_keeps_its_paragraphs() -> None:
    """Two clips in a story (each with its running time) are no list; a list of related
    videos under the story goes, the story stays."""
    clip = "<div class='clip'><span>02:1{0}</span><p>视频：换热站内景{0}</p></div>"
    page = (
        "<html><head><meta charset='utf-8'><title>老旧小区完成供暖改造 - 北城日报</title></head>"
        f"<body><ul class='nav'>{NAV}</ul><div class='story'><h1>老旧小区完成供暖改造</h1>"
        f"{clip.format(1)}{STORY}{clip.format(2)}</div>"
        f"<div class='more'><ul>{''.join(_video_card(i) for i in range(5))}</ul></div>"
        "</body></html>"
    )
    body = "\n".join(extract_article(page.encode()).paragraphs)
    assert "本报讯 今年入冬以来" in body
    assert "老人孩子都不再受冻了" in body
    assert "老街坊讲述" not in body


def test_real_related_cards_between_paragraphs_keep_the_story() -> None:
    raw = (FIXTURES / "sputnik_related_cards_between_paragraphs.html").read_bytes()
    article = extract_article(raw, "https://sputniknews.cn/20210911/1034449356.html")
    body = "\n".join(article.paragraphs)
    assert "9 月 8 日，中国政府召集两家大型游戏公司" in body
    assert "世界还没有完全确定什么是真实男人的形象" in body
    assert "新的限制是否会影响中国游戏市场" not in body  # a card's headline


def _card(n: int) -> str:
    return (
        f"<div class='rel-card'><a href='/2024/11/{n}.html'>相关：城北新区第{n}批老旧小区改造"
        f"方案公布</a><span>2024-10-0{n} 15:3{n}</span></div>"
    )


def test_made_up_related_cards_between_paragraphs_keep_the_story() -> None:
    more = (
        "<p>据了解，明年还将有五十个小区纳入改造计划，涉及居民一万余户，相关方案正在征求意见，"
        "预计三月底前公布。</p>"
        "<p>区住建局同时开通了热线电话，居民家中暖气不热可以随时反映，维修人员二十四小时内"
        "上门处理。</p>"
        "<p>不少居民表示，希望改造之后小区的停车和绿化问题也能一并得到解决。</p>"
    )
    page = (
        "<html><head><meta charset='utf-8'><title>老旧小区完成供暖改造 - 北城日报</title></head>"
        f"<body><ul class='nav'>{NAV}</ul><div class='story'><h1>老旧小区完成供暖改造</h1>"
        f"<div class='text'>{STORY}{_card(1)}{more}{_card(2)}{more}{_card(3)}{STORY}</div></div>"
        "<div class='foot'>北城日报社 版权所有</div></body></html>"
    )
    body = "\n".join(extract_article(page.encode()).paragraphs)
    assert "区住建局同时开通了热线电话" in body
    assert "不少居民表示" in body


def test_thread_of_dated_posts_keeps_the_first_post() -> None:
    """A forum thread: each post its author's stamp over its text, one after the other."""
    post = (
        "<div class='post'><p class='who'>用户{0} 发表于 2024-11-0{0} 10:2{0}</p><p>{1}</p></div>"
    )
    texts = [
        "求助：家里老房子的暖气片一直不热，物业说是管网的问题，要等改造，请问大家有没有遇到"
        "过类似情况，一般要等多久才能解决，冬天实在太冷了，老人孩子都受不了。",
        "我们小区去年也是这样，后来街道统一改造才好。",
        "可以先找社区反映，多几户一起提，会快一些。",
    ]
    page = (
        "<html><head><meta charset='utf-8'><title>老房子暖气不热怎么办 - 北城论坛</title></head>"
        f"<body><ul class='nav'>{NAV}</ul><div class='thread'>"
        f"{''.join(post.format(i + 1, t) for i, t in enumerate(texts))}</div></body></html>"
    )
    body = "\n".join(extract_article(page.encode()).paragraphs)
    assert "求助：家里老房子的暖气片一直不热" in body
    assert "可以先找社区反映" not in body
