"""A small snapshot site that gains articles between runs, for scheduled and resumed crawls.

``write_site(root, stories)`` writes one article page per story (heading, a
类别/发布时间/来源 line, the paragraphs, the host's disclaimer and a related
list) and list pages that link them, newest first, ``per_page`` to a page. The
stories are original text written for these tests, one distinct event each.
The tests in this module check that the pages read as what they claim to be.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import pytest

from snapcrawl.extract import classify_page, extract_article


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    category: str
    published: str
    source: str
    paragraphs: tuple[str, ...]

    @property
    def path(self) -> str:
        return f"/news/{self.slug}.html"


STORIES = (
    Story(
        "garden-roof",
        "老城区屋顶菜园开张 居民认领一百二十块菜地",
        "社会",
        "2025-03-02 09:10:00",
        "滨江晚报",
        (
            "三月的第一个周末，滨江区和平里社区的旧仓库屋顶上热闹起来。社区把闲置了六年的屋顶平台改造成菜园，划出一百二十块一平方米见方的菜地，供居民报名认领，首批名额两天内就被领完。",
            "负责改造的社区干部介绍，屋顶原本堆满杂物，防水层也已老化。街道请来专业队伍重新铺设防水和排水管，又用回收木板做了种植箱，整个工程花了不到两个月，费用由街道和辖区企业共同承担。",
            "认领菜地的居民以退休老人和有孩子的家庭居多。七十岁的周阿姨种下了小葱和菠菜，她说以前只能在阳台摆几个花盆，现在每天上来浇水，还能和邻居交流种菜经验，比一个人在家看电视强多了。",
            "社区还和附近的小学约定，每周三下午开放两块示范田，让学生观察作物生长并写观察日记。下一步，社区计划在屋顶加装雨水收集桶，用收集的雨水浇灌菜地，减少自来水用量。",
        ),
    ),
    Story(
        "night-bus",
        "夜班公交新增三条线路 末班车延至凌晨两点",
        "交通",
        "2025-03-05 18:30:00",
        "城市交通报",
        (
            "市公交集团昨日宣布，从下周一起新增三条夜班公交线路，覆盖火车东站、高新区和大学城三个片区，末班车时间由晚上十一点延长到凌晨两点，发车间隔为二十分钟。",
            "公交集团线路规划部门表示，新线路是根据过去半年的手机信令数据和市民来电整理出来的。数据显示，晚上十一点以后仍有大量夜班工人、医护人员和加班族需要出行，却只能选择出租车或网约车。",
            "为保障夜间行车安全，夜班车辆全部配备驾驶员状态监测设备，车厢内增设一键报警装置。每条线路还安排了备用车辆和驾驶员，遇到突发情况可以在十五分钟内顶班，避免乘客在深夜长时间等车。",
            "试运行期间，夜班线路票价与日间保持一致，可以使用交通卡和手机扫码乘车。公交集团表示，将根据客流情况在三个月后评估，再决定是否调整线路走向或增加班次。",
        ),
    ),
    Story(
        "library-hours",
        "市图书馆延长开放时间 自习区每晚开到十点",
        "文化",
        "2025-03-08 10:00:00",
        "文化周刊",
        (
            "市图书馆从本月起调整开放时间，二楼和三楼的自习区每天开放到晚上十点，比原来延后两个小时。图书馆同时在一楼新设了还书机和自助借阅柜，闭馆后也能归还图书。",
            "图书馆馆长在接受采访时说，近两年晚上来馆自习的读者越来越多，其中不少是准备职业考试的年轻人。以往每到八点闭馆，很多读者只能到附近的咖啡馆继续学习，延长开放是读者留言中呼声最高的建议。",
            "延长开放后，馆内增加了夜间保安和保洁人员，自习区的座位也从三百个增加到四百二十个。为避免占座，图书馆启用了线上预约系统，读者离开超过三十分钟未签到，座位会自动释放给其他人。",
            "不少读者对新安排表示欢迎。在银行上班的小李说，下班后赶到图书馆只能学一个多小时，现在可以安心复习到十点。图书馆表示，接下来还将在周末开设面向中学生的阅读讲座。",
        ),
    ),
    Story(
        "river-dredge",
        "南湖河道清淤工程完工 沿岸新修步道四公里",
        "环境",
        "2025-03-11 14:20:00",
        "南湖日报",
        (
            "历时五个月的南湖河道清淤工程近日完工，共清理淤泥约八万立方米。工程结束后，河道平均水深由原来的一米二增加到两米左右，行洪能力和水体流动性都有明显改善。",
            "项目负责人介绍，清出的淤泥没有简单外运填埋，而是经过脱水、固化处理后，用于附近公园的地形改造和绿化种植土。这样既节省了运输费用，也避免了二次污染。",
            "与清淤同步进行的还有沿岸步道建设。新修的步道全长四公里，采用透水材料铺设，每隔五百米设置一处休息平台和饮水点。傍晚时分，已经有不少居民在步道上散步、跑步和骑行。",
            "环保部门表示，后续将在河道内种植水生植物，并投放适量鱼苗，逐步恢复河道的自净能力。同时将安装三处水质自动监测站，监测数据会定期在政府网站上公开。",
        ),
    ),
    Story(
        "village-parcel",
        "快递进村服务站覆盖全县 山区包裹两天送达",
        "农村",
        "2025-03-14 08:45:00",
        "县融媒体中心",
        (
            "记者从县商务局了解到，全县一百八十六个行政村已经全部建成快递服务站，山区村民寄取包裹不再需要专程赶到镇上。目前，县城发往山区村庄的包裹，一般两天之内就能送达。",
            "服务站大多设在村里的小卖部或村委会办公室，由店主或村干部兼任站长。几家快递公司共用一条进村线路，每天由一辆货车统一配送，这样既降低了成本，也解决了单家公司在山区亏本的问题。",
            "快递进村也带动了农产品出村。石门村的村民过去把笋干、蜂蜜卖给上门收购的商贩，价格常常被压得很低。现在他们在网上开店，通过服务站直接发货，去年全村农产品网上销售额超过三百万元。",
            "县商务局表示，下一步将在服务站增加冷藏柜，方便村民寄送生鲜产品，并组织电商培训班，教村民拍照、写商品介绍和处理售后问题，让更多农户能够自己把产品卖出去。",
        ),
    ),
    Story(
        "factory-park",
        "老纺织厂变身创意园区 首批四十家小微企业入驻",
        "经济",
        "2025-03-17 16:05:00",
        "经济观察报",
        (
            "停产十多年的第三纺织厂厂区经过改造，近日以创意园区的身份重新开放。园区保留了红砖厂房、锯齿形屋顶和老式水塔，首批入驻的四十家小微企业涵盖设计、摄影、手工艺和软件开发等行业。",
            "园区运营方介绍，改造时没有大拆大建，而是对原有厂房进行加固，并加装电梯、空调和消防设施。厂房内部用轻质隔墙分成大小不一的工作室，租金比周边写字楼低三成左右。",
            "在园区开设陶艺工作室的林女士说，老厂房层高接近八米，很适合放置窑炉和大件作品，周末还能在院子里办市集。她的工作室开张一个月，已经接到二十多个团体体验课程的预约。",
            "区里表示，将在园区设立小微企业服务窗口，提供工商登记、税务咨询和知识产权申请等服务。园区二期改造预计明年完工，届时将增加展览空间和青年人才公寓。",
        ),
    ),
    Story(
        "winter-heat",
        "供暖季结束前全面检修 三千户老旧管网将更换",
        "民生",
        "2025-03-20 11:30:00",
        "北方都市报",
        (
            "随着供暖季接近尾声，市热力公司开始对城区供热管网进行全面排查。公司计划今年夏天更换约三千户居民的老旧管道，这些管道大多铺设于上世纪九十年代，近年来漏水和温度不达标的投诉较多。",
            "热力公司工程部负责人说，今年的排查采用了红外热成像无人机，可以在夜间快速发现地下管道的漏热点。过去需要工人逐段开挖检查的工作，现在几天就能完成初步筛查，准确率也有明显提高。",
            "对于施工期间可能带来的不便，热力公司表示会提前在小区张贴公告，尽量避开居民出行高峰，并在每个施工点安排专人负责沟通。涉及室内管道改造的住户，可以自主预约上门时间。",
            "今年冬天，家住光明小区的王先生家室温一直只有十六度左右。他说，希望这次改造能彻底解决问题。热力公司承诺，改造完成后将在下个供暖季开始前进行打压试验，确保管网安全运行。",
        ),
    ),
    Story(
        "school-lunch",
        "中小学午餐改由中央厨房配送 家长可在线查看菜谱",
        "教育",
        "2025-03-23 07:50:00",
        "教育时报",
        (
            "新学期开始，区内二十三所中小学的午餐改由新建的中央厨房统一制作配送。中央厨房占地约六千平方米，每天可以供应两万份午餐，从出锅到送达学校控制在一个小时以内。",
            "区教育局介绍，中央厨房的食材全部来自签约基地和定点供应商，每批食材都要经过农药残留快速检测。后厨各个操作环节安装了摄像头，家长可以通过手机实时查看加工过程。",
            "每周的菜谱由营养师根据学生年龄段分别制定，提前三天在学校公众号公布。家长还可以在线对菜品打分和留言，评分较低的菜品会在下一周调整。开学两周以来，家长满意度调查的好评率超过九成。",
            "一位初二学生的家长说，以前孩子常抱怨饭菜口味单一，现在每天有两荤两素一汤，还会不定期推出地方特色菜。教育局表示，将邀请家长代表每月到中央厨房参观并参与陪餐。",
        ),
    ),
)

SITE_NAME = "快照资讯"
MENU = (
    '<div class="header"><ul class="menu">'
    '<li><a href="/">首页</a></li><li><a href="/">最新资讯</a></li></ul></div>'
)


def article_page(story: Story, related: tuple[Story, ...] = ()) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
    links = "\n".join(
        f'<li><a href="{s.path}">{html.escape(s.title)}</a><span>{s.published}</span></li>'
        for s in related
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{html.escape(story.title)}_{story.category}_{SITE_NAME}</title></head>
<body>
{MENU}
<div class="main">
<div class="crumbs"><a href="/">首页</a> &gt; {story.category}</div>
<div class="detail"><h2>{html.escape(story.title)}</h2>
<div class="attr"><span>类别:{story.category}</span> <span>发布时间:{story.published}</span>
<span>来源:{story.source}</span></div>
<div class="txt">
{paragraphs}
</div>
<div class="statement">
<p>以上内容为资讯信息快照,由本站爬虫进行采集并收录,本站未对信息做任何修改,信息内容不代表本站立场。</p>
<p>快照生成时间:{story.published}</p>
<p>本站信息快照查询为非营利公共服务,如有侵权请联系我们进行删除。</p></div>
<div class="xg"><ul>
{links}
</ul></div></div></div>
<div class="foot">Copyright © {SITE_NAME} 版权所有 | 联系我们</div>
</body></html>
"""


def list_page(entries: list[tuple[str, Story]], page: int, pages: int) -> str:
    items = "\n".join(
        f'<li><a href="{path}">{html.escape(s.title)}</a><span>{s.published}</span></li>'
        for path, s in entries
    )
    nav = " ".join(f'<a href="{list_path(n)}">{n + 1}</a>' for n in range(pages) if n != page)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>最新资讯_{SITE_NAME}</title></head>
<body>
{MENU}
<div class="main"><h1>最新资讯</h1><ul class="list">
{items}
</ul><div class="pages">{nav}</div></div>
<div class="foot">Copyright © {SITE_NAME} 版权所有 | 联系我们</div>
</body></html>
"""


def list_path(page: int) -> str:
    return "/" if page == 0 else f"/list_{page + 1}.html"


def write_site(
    root: Path,
    stories: tuple[Story, ...],
    *,
    per_page: int = 20,
    copies: dict[str, Story] | None = None,
) -> None:
    """Write the site for ``stories`` (newest first on the lists) under ``root``.

    ``copies`` maps extra paths to a story republished there verbatim, which
    the dedup pipeline drops as an exact duplicate.
    """
    newest = tuple(sorted(stories, key=lambda s: s.published, reverse=True))
    for number, story in enumerate(newest):
        _write(root, story.path, article_page(story, newest[number + 1 : number + 3]))
    for path, story in (copies or {}).items():
        _write(root, path, article_page(story))
    listed = [(s.path, s) for s in newest] + sorted((copies or {}).items())
    pages = max(1, -(-len(listed) // per_page))
    for page in range(pages):
        chunk = listed[page * per_page : (page + 1) * per_page]
        _write(root, list_path(page), list_page(chunk, page, pages))


def _write(root: Path, path: str, text: str) -> None:
    file = root / path.lstrip("/")
    if path.endswith("/"):
        file = file / "index.html"
    file.parent.mkdir(parents=True, exist_ok=True)
    tmp = file.with_name(f".{file.name}.tmp")
    tmp.write_text(text, "utf-8")
    tmp.replace(file)  # the server never serves half a page


@pytest.mark.parametrize("story", STORIES, ids=lambda s: s.slug)
def test_article_pages_read_as_articles_with_their_meta(story):
    page = article_page(story, STORIES[:2])
    assert classify_page(page, f"http://127.0.0.1{story.path}") == "article"
    article = extract_article(page, url=f"http://127.0.0.1{story.path}")
    assert article.title == story.title
    assert article.category == story.category
    assert article.source == story.source
    assert article.body.split("\n") == list(story.paragraphs)


def test_list_pages_read_as_lists(tmp_path):
    write_site(tmp_path, STORIES, per_page=4)
    for page in ("index.html", "list_2.html"):
        html_text = (tmp_path / page).read_text("utf-8")
        assert classify_page(html_text, f"http://127.0.0.1/{page}") != "article"
