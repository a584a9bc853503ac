"""Article or not, on shapes seen in random real pages (h-rf2): a story whose whole column a
theme names as a sidebar, and a category page whose cards print each teaser twice.
Wordings are made up; the rules are read from the page's shape, never from its words."""

from __future__ import annotations

import pytest

from snapcrawl.extract import NotAnArticle, extract_article

from .conftest import as_paragraphs

CLINIC_TITLE = "冬季关节保养的五个要点"
CLINIC_STORY = [
    "天气转冷后，骨科门诊因膝关节疼痛就诊的中老年患者明显增多，其中不少人此前并未注意保暖。",
    "医师提醒，关节周围的肌肉在低温下容易紧绷，晨起后不宜立刻进行爬山、深蹲等负重运动。",
    "适度的热敷与伸展能促进局部血液循环，但若出现红肿发热，应先就医检查，不要自行按摩。",
    "体重每减少一公斤，膝关节承受的压力约可减轻三到四公斤，控制体重是长期保养的关键。",
    "饮食上可多摄取富含钙质与维生素D的食物，并在天气晴朗时到户外适度晒太阳。",
]


def _clinic_page(column: str, inner: str) -> str:
    """A hospital's health-news page: the story's column named by the theme's sticky
    sidebar script, a real sidebar of links, and a translator widget's few words."""
    story = "".join(f"<div><span>{p}</span></div>" for p in CLINIC_STORY)
    links = "".join(f"<li><a href='/n/{i}.html'>门诊时间调整公告第{i}号</a></li>" for i in range(8))
    return (
        f"<html><head><title>{CLINIC_TITLE} - 河滨联合医院</title></head><body>"
        "<div class='topbar'><a href='/'>首页</a> <a href='/news/'>健康新闻</a>"
        " <a href='/reg/'>网络挂号</a></div>"
        f"<div class='row'><div class='{column}'><div class='{inner}'>"
        f"<h2>{CLINIC_TITLE}</h2><span>2022/1/18</span><div>分享至好友</div>"
        f"<div class='main-text'>{story}<div>复健科 林主任</div></div>"
        "</div></div>"
        f"<aside class='col-3'><ul>{links}</ul></aside></div>"
        "<div class='gtx-bubble'><div>原文</div><div>为这段翻译评分</div></div>"
        "<div class='footer'>河滨联合医院 版权所有</div></body></html>"
    )


@pytest.mark.parametrize(
    ("column", "inner"),
    [
        ("col-lg-9 sticky-sidebar-wrap", "jsStickySidebar"),
        ("content-col stickySidebar", "sidebar-inner"),
    ],
)
def test_story_in_a_column_named_sidebar_is_kept(column: str, inner: str) -> None:
    art = extract_article(
        _clinic_page(column, inner), "https://www.hospital.example.org/news/8.html"
    )
    assert art.title == CLINIC_TITLE
    for paragraph in CLINIC_STORY:
        assert paragraph in art.paragraphs
    assert "为这段翻译评分" not in art.body
    assert "门诊时间调整公告" not in art.body


def test_comments_under_a_video_headline_stay_refused() -> None:
    """A video page: its headline over a player, the only prose in the comment box under it
    (a region of its own), and a widget's few words: no story to give."""
    comments = as_paragraphs(
        [
            "看完这段影片才知道原来冬天关节也需要特别照顾，家里长辈一直以为只是年纪大了。",
            "我每天早上都会先做伸展再出门，确实比以前舒服多了，推荐大家试试看这个方法。",
            "希望医院可以多拍一些这样的卫教影片，讲得清楚又不会太长，转给爸妈看了。",
            "请问热敷大概要敷多久比较适合呢？之前敷太久反而觉得皮肤有点刺痛不太舒服。",
        ]
    )
    page = (
        f"<html><head><title>{CLINIC_TITLE}_视频_河滨联合医院</title></head><body>"
        "<div class='topbar'><a href='/'>首页</a> <a href='/video/'>视频</a></div>"
        f"<h1>{CLINIC_TITLE}</h1><div class='player'><span>00:00</span><span>04:12</span></div>"
        f"<div class='comment-list'>{comments}</div>"
        "<div class='gtx-bubble'><div>原文</div><div>为这段翻译评分</div></div>"
        "</body></html>"
    )
    with pytest.raises(NotAnArticle):
        extract_article(page, "https://www.hospital.example.org/video/3.html")


TOPIC_CARDS = [
    (
        "挪威渔村推出冬季观鲸船班",
        "挪威北部一座渔村自今年十一月起开放冬季观鲸船班，每班限载三十人，船长会沿途讲解鲸群洄游的路线与季节变化。村里的旅馆也配合推出住宿套票，游客可在港边的旧仓库里品尝当天捕获的鳕鱼，并参加夜间的极光讲座。",
    ),
    (
        "冰岛小镇改造旧鱼仓为图书馆",
        "冰岛东部小镇把闲置多年的鱼仓改建成社区图书馆，保留原有木梁与铁钩，馆内另设儿童阅读区与镇史展示墙。镇公所表示，改建经费大半来自居民募款，开馆首月已办出四百多张借书证，周末还有志工带领孩子认识当地的捕鱼历史。",
    ),
    (
        "芬兰湖区桑拿屋列入文化遗产",
        "芬兰湖区的传统烟熏桑拿屋近日被列入当地文化遗产名录，屋主须依规定维护木造结构，并定期开放给访客体验。当地文化局指出，这类桑拿屋多建于上世纪初，如今仍在使用的不到两百座，列入名录后可申请修缮补助，也能吸引更多旅客前来。",
    ),
    (
        "瑞典北部驯鹿迁徙路线调整",
        "瑞典北部的驯鹿牧民因新建风电场而调整春季迁徙路线，地方政府与牧民协会正在协商补偿方案与通行时段。牧民担心新路线沿途的草场不足，幼鹿在长途跋涉中容易走散，希望风电业者在迁徙季节暂停部分施工。",
    ),
    (
        "丹麦港口城市试行自行车渡轮",
        "丹麦一座港口城市开始试行自行车专用渡轮，通勤者可直接骑车上船，单程约八分钟，试行期为期半年。市政府预计每天可分流近千名通勤者，减少跨港大桥上的车流，若试行顺利，明年将再增加两条航线并延长夜间班次。",
    ),
]


def _topic_page() -> str:
    """A topic archive: each card links its headline and its teaser (cut short), then holds
    the teaser again in a box a script shows on hover; the template declares every page an
    article."""
    cards = "".join(
        f"<div class='entry-card row'><div class='col-12 entry-text'>"
        f"<div class='d-flex'><span><a href='/region/{i}/'>北欧</a></span>"
        f"<div class='small'>2024 年 03 月 {i + 1:02d} 日</div></div>"
        f"<a href='/p/{i}.html'><h4>{headline}</h4><p class='small'>{teaser[:34]} …</p></a>"
        f"<div class='entry-abstract d-none'>{teaser}</div>"
        f"<div class='d-flex small'><span><a href='/k/{i}/'>旅行</a></span>"
        f"<span><a href='/k/{i + 9}/'>城市</a></span>"
        f"<p class='d-none'>2024-03-{i + 1:02d}</p></div></div></div>"
        for i, (headline, teaser) in enumerate(TOPIC_CARDS)
    )
    return (
        "<html><head><title>北欧见闻 | 海岸观察</title>"
        "<meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2024-03-09T00:00:00Z'>"
        '<script type="application/ld+json">{"@type": "Article", "headline": "北欧见闻"}'
        "</script></head><body>"
        "<div class='menu'><a href='/'>首页</a> <a href='/topics/'>专题</a></div>"
        f"<h1>北欧见闻</h1><div class='entries mx-auto'>{cards}</div>"
        "<div class='foot'>海岸观察 版权所有</div></body></html>"
    )


def test_topic_archive_whose_cards_repeat_their_linked_teasers_is_a_list() -> None:
    with pytest.raises(NotAnArticle):
        extract_article(_topic_page(), "https://coast.example.net/topics/nordic/")


def test_story_opening_with_its_summary_link_once_is_still_an_article() -> None:
    """A story whose lead a summary box above it links once: one copy is no card list."""
    lead = CLINIC_STORY[0]
    page = (
        f"<html><head><title>{CLINIC_TITLE}_健康_河滨日报</title></head><body>"
        "<div class='nav'><a href='/'>首页</a></div>"
        f"<div class='article'><h1>{CLINIC_TITLE}</h1><div class='info'>2022-01-18 09:30</div>"
        f"<div class='digest'><a href='#p1'>{lead}</a></div>"
        f"<div class='content'>{as_paragraphs(CLINIC_STORY)}</div></div>"
        "<div class='footer'>河滨日报 版权所有</div></body></html>"
    )
    art = extract_article(page, "https://news.example.cn/health/2022/0118/9.html")
    assert CLINIC_STORY[-1] in art.paragraphs


def test_story_in_a_left_column_named_more_is_kept_beside_many_links() -> None:
    """The story's column named for the layout ("more-left": the wider, left column) beside
    long link lists: the selection keeps nothing and the page looks like a list, yet its
    headline and story stand in that one column."""
    links = "".join(
        f"<li><a href='/n/{i}.html'>本地新闻标题第{i}条 市区道路改造进展</a></li>"
        for i in range(30)
    )
    story = as_paragraphs(CLINIC_STORY)
    page = (
        f"<html><head><title>{CLINIC_TITLE}-河滨新闻网</title></head><body>"
        "<div class='top'><span>河滨日报社主办</span><span>2024年5月6日 星期一</span></div>"
        f"<div class='wrap'><div class='more-left'><div class='article'><h1>{CLINIC_TITLE}</h1>"
        "<div class='article-info'><p>2021年03月02日 10:15 来源：河滨新闻网 编辑：周安</p></div>"
        f"<div class='article-content'>{story}</div>"
        f"<h3>相关文章</h3><ul>{links[:600]}</ul></div></div>"
        f"<div class='right-list'><ul>{links}</ul></div></div>"
        "<div class='foot'>河滨新闻网 版权所有</div></body></html>"
    )
    art = extract_article(page, "https://news.example.cn/2021/0302/77.html")
    assert art.title == CLINIC_TITLE
    assert CLINIC_STORY[0] in art.paragraphs
    assert CLINIC_STORY[-1] in art.paragraphs
    assert "市区道路改造进展" not in art.body


def test_first_card_of_a_dated_stream_is_no_article() -> None:
    """A tag page's stream: each card a source and time line, a headline link and a short
    teaser; cut to its first card as a series of dated entries, it is still a list."""
    cards = "".join(
        f"<li class='stream-item'><div class='meta'>{outlet} • 2024年4月{i + 3}日 上午 09:{i}5"
        "</div>"
        f"<h3><a href='/s/{i}.html'>{headline}</a></h3><p>{teaser}</p></li>"
        for i, (outlet, (headline, teaser)) in enumerate(
            zip(
                ["海岸通讯", "北方晨报", "港湾周刊", "海岸通讯", "山城日报"],
                TOPIC_CARDS,
                strict=True,
            )
        )
    )
    page = (
        "<html><head><title>北欧旅行 相关报道 - 海岸新闻</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/world/'>国际</a></div>"
        f"<h1>北欧旅行</h1><div class='stream'><ul>{cards}</ul></div>"
        "<div class='foot'>服务条款 私隐政策</div></body></html>"
    )
    with pytest.raises(NotAnArticle):
        extract_article(page, "https://news.example.hk/tag/nordic-travel")
