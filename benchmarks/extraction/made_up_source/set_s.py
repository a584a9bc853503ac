"""Set S: 129 made-up pages crediting an outlet the ways Chinese portals, papers, government
sites, self-media and aggregators do, 48 of them near misses; gold written with each page.

    python benchmarks/extraction/made_up_source/set_s.py /tmp/S
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from build import write

D = "2026-03-02 09:15"


def M(x):
    return f'<div class="info">{x}</div>'


C = []


def add(g, note, near=False, **kw):
    C.append((kw, g, near, note))


# ---- (a) meta line under heading, (b) label variants
add("临江日报", "meta one element", meta=M(f"{D} 来源：临江日报 作者：王明"))
add(
    "南岭晚报",
    "meta spans + link",
    meta=M(f"<span>{D}</span><span>来源：<a href='/s'>南岭晚报</a></span><span>编辑：李红</span>"),
)
add(
    "东海新闻网",
    "meta with nbsp + views",
    meta='<p class="meta">发布时间：2026-04-01 10:00:00 &nbsp; 来源: 东海新闻网 &nbsp; 浏览次数：1,203</p>',
)
add(
    "北川县人民政府",
    "label and value in separate em",
    meta=M("<em>2026-05-06</em><em>来源：</em><em>北川县人民政府</em>"),
)
add("青禾网", "spaced label in i", meta=M("<i>来 源：</i><i>青禾网</i><i>时间：2026-05-06</i>"))
add(
    "江城晨报",
    "稿源 with share buttons",
    meta=M("稿源：江城晨报　2026年6月1日　分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a>"),
)
add(
    "市交通运输局",
    "文章来源 gov toolbar",
    meta=M(
        "文章来源：市交通运输局 发布日期：2026-06-02 【字体：<a>大</a> <a>中</a> <a>小</a>】 【<a>打印</a>】 【<a>关闭</a>】"
    ),
)
add(
    "县农业农村局",
    "信息来源 + clicks",
    meta=M("信息来源：县农业农村局　发布时间：2026-06-03　点击数：356"),
)
add("华商财经", "新闻来源 pipes", meta=M("新闻来源：华商财经 | 2026-06-04 08:00 | 阅读 2.3万"))
add("远山科技", "消息来源 label", meta=M("消息来源：远山科技 2026-06-05"))
add("晴川文化周刊", "出处 label", meta=M("出处：晴川文化周刊 2026-06-06 11:20"))
add("蓝海证券报", "本文来源 label", meta=M("本文来源：蓝海证券报 时间：2026-06-07"))
add("西岭观察", "来源于 label", meta=M("来源于：西岭观察 2026-06-08"))
add("台東時報", "traditional", meta=M("2026-06-09 14:22 來源：台東時報 記者：陳家豪"))
add(
    "Pacific Tech Review",
    "English outlet",
    meta=M("2026-06-10 来源：Pacific Tech Review 作者：Lin"),
)
add("临江日报客户端", "客户端", meta=M(f"{D} 来源：临江日报客户端"))
add("南岭融媒·民生频道", "outlet·channel", meta=M(f"{D} 来源：南岭融媒·民生频道"))
add("青禾微信公众号", "微信公众号", meta=M(f"来源：青禾微信公众号 {D}"))
add("北川发布官方账号", "官方账号", meta=M(f"{D}　来源：北川发布官方账号"))
add("江城晚报", "【】 value", meta=M(f"{D} 来源：【江城晚报】"))
add("东岳法治报", "《》 value", meta=M(f"{D} 来源：《东岳法治报》"))
add("环宇网", "[] value", meta=M(f"{D} 来源：[环宇网]"))
add("临海网", "（来源：）in meta", meta=M(f"{D}（来源：临海网）"))
add("本站", "placeholder 本站", meta=M(f"{D} 来源：本站 作者：管理员"))
add("网络", "placeholder 网络", meta=M(f"{D} 来源：网络"))
add("综合", "placeholder 综合", meta=M(f"来源：综合 {D}"))
add("互联网", "placeholder 互联网", meta=M(f"{D} 来源：互联网 阅读：88"))
add("原创", "placeholder 原创", meta=M(f"{D} 来源：原创 作者：小编"))
add("央视新闻", "author link after", meta=M(f"{D} 来源：央视新闻 作者：<a href='/u/1'>张立</a>"))
add(
    "东湖日报",
    "class=source no label",
    meta=M(f"<span class='time'>{D}</span><span class='source'>东湖日报</span>"),
)
add("秋实网", "转自", meta=M(f"<span>{D}</span><span>转自：秋实网</span>"))
add("清溪论坛", "转载自", meta=M(f"{D} 转载自：清溪论坛"))
add("北辰财经", "原文来源", meta=M(f"{D} 原文来源：北辰财经"))
add("读书月刊", "选自 with issue", meta=M("选自：《读书月刊》2026年第3期"))
add("山海经济报", "摘自", meta=M(f"{D} 摘自：山海经济报"))
add("远望工作室", "出品", meta=M(f"出品：远望工作室 {D}"))
add("市卫生健康委员会", "发布者", meta=M(f"发布者：市卫生健康委员会 发布时间：{D}"))
add("县教育局", "供稿单位", meta=M(f"供稿单位：县教育局 {D}"))
add("省地质调查院", "作者单位", meta=M(f"作者：吴昊 作者单位：省地质调查院 {D}"))
add("江南都市报", "spaced half colon", meta=M(f"{D} 来源 : 江南都市报"))
add("东方晨讯网", "half colon no space", meta=M(f"{D} 来源:东方晨讯网"))
add(
    "潮声网",
    "label span no colon + link",
    meta=M(f"<span class='label'>来源</span> <a href='/'>潮声网</a> <span>{D}</span>"),
)
add("西湖网", "line above heading", above=f'<div class="src">来源：西湖网　{D}</div>')
add(
    "长河日报",
    "above heading outlet|time",
    above=f'<div class="topline">长河日报 | {D}</div>',
    head='<meta property="og:site_name" content="长河日报">',
)
add(
    "西城融媒",
    "breadcrumb bar with 来源",
    above='<div class="crumb">当前位置：<a>首页</a> &gt; <a>要闻</a> &gt; 正文　来源：西城融媒</div>',
)
add(
    "县统计局",
    "info table",
    side='<table class="info"><tr><td>来源</td><td>县统计局</td></tr><tr><td>发布日期</td><td>2026-03-02</td></tr></table>',
)
add(
    "市住房和城乡建设局",
    "dl",
    side='<dl class="info"><dt>来源：</dt><dd>市住房和城乡建设局</dd><dt>发布时间：</dt><dd>2026-03-02</dd></dl>',
)
add(
    "市生态环境局",
    "gov xxgk table 发布机构",
    above='<table class="xxgk"><tr><td>索引号：</td><td>11000-2026-0012</td><td>发布机构：</td><td>市生态环境局</td></tr><tr><td>发文日期：</td><td>2026-03-02</td><td>主题分类：</td><td>环境保护</td></tr></table>',
)
# first paragraph
add("南岭晚报", "X讯（记者）", first="南岭晚报讯（记者 刘伟 通讯员 陈晨）")
add("新华社", "据X报道 at start", first="据新华社报道，")
add("环球网", "【X消息】", first="【环球网消息】")
add("新华社", "dateline 电", first="新华社北京3月2日电（记者 孙悦）")
add("中新网", "中新网电", first="中新网3月2日电 ")
add("央视网", "央视网消息（）：", first="央视网消息（新闻联播）：")
add("东海新闻网", "【X讯】", first="【东海新闻网讯】")
add("江城晨报", "X讯 no bracket", first="江城晨报讯 ")
add(
    "临江日报",
    "本报讯 + site name",
    first="本报讯（记者 张三）",
    site="临江日报",
    head='<meta property="og:site_name" content="临江日报">',
)
# last paragraphs
add("江南时报", "last 来源", lastp="<p>来源：江南时报</p>")
add("北城晚报", "last 稿源", lastp="<p>稿源：北城晚报</p>")
add("北辰日报", "last （X）", lastp="<p>（北辰日报）</p>")
add("山野笔记", "本文来自微信公众号“X”", lastp="<p>本文来自微信公众号“山野笔记”</p>")
add("青禾网", "last 转载自", lastp="<p>转载自：青禾网</p>")
add("光明周末", "原载《X》", lastp="<p>原载《光明周末》</p>")
add("东城晚报", "文/X", lastp="<p>文/东城晚报</p>")
add("南方商报", "(来源:X 作者:Y)", lastp="<p>(来源:南方商报 作者:林立)</p>")
add("中国乡村杂志", "last 本文来源", lastp="<p>本文来源：中国乡村杂志</p>")
add("西岭日报", "last 【来源：X】", lastp="<p>【来源：西岭日报】</p>")
add("半月谈", "来源丨X", lastp="<p>来源丨半月谈</p>")
add("远山科技", "来源 | X", lastp="<p>来源 | 远山科技</p>")
add(
    "市文化和旅游局", "文章来源 + 责任编辑", lastp="<p>文章来源：市文化和旅游局　责任编辑：赵六</p>"
)
add("县应急管理局", "信息来源 last", lastp="<p>信息来源：县应急管理局</p>")
add(
    "北海日报",
    "last div meta block",
    lastp=f'<div class="foot-info"><span>来源：北海日报</span><span>编辑：周</span><span>{D}</span></div>',
)
# meta tags / json-ld / script
add("临江日报", "meta name=source only", head='<meta name="source" content="临江日报">')
add("江南时报", "meta ContentSource only", head='<meta name="ContentSource" content="江南时报">')
add(
    "东海新闻网",
    "JSON-LD publisher only",
    head='<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","publisher":{"@type":"Organization","name":"东海新闻网"}}</script>',
)
add(
    "南岭晚报",
    "JSON-LD + visible agree",
    meta=M(f"{D} 来源：南岭晚报"),
    head='<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"南岭晚报"}}</script>',
)
add(
    "南岭晚报",
    "script var source",
    head='<script>var articleInfo = {id: 1203, source: "南岭晚报", author: "王明"};</script>',
)
add(
    "江城晨报",
    "script window data json",
    head='<script>window.__DATA__ = {"article":{"title":"t","source":"江城晨报","pubTime":"2026-03-02 09:15"}};</script>',
)
add("青禾网", "meta article:source", head='<meta property="article:source" content="青禾网">')
add(
    "北辰日报",
    "aggregator og:site_name + visible",
    site="聚闻网",
    head='<meta property="og:site_name" content="聚闻网">',
    meta=M(f"{D} 来源：北辰日报"),
)
add(
    "西岭日报",
    "JSON-LD publisher aggregator, visible credit",
    site="聚闻网",
    head='<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"聚闻网"}}</script>',
    meta=M(f"{D} 来源：西岭日报"),
)
# several outlets (right one + distractor)
add(
    "临江日报",
    "source + image credit",
    near=True,
    meta=M(f"{D} 来源：临江日报"),
    after_first='<div class="pic"><img src="a.jpg"><p>图片来源：视觉中国</p></div>',
)
add(
    "南岭晚报",
    "source + related with sources",
    near=True,
    meta=M(f"{D} 来源：南岭晚报"),
    side='<div class="related"><h3>相关新闻</h3><ul><li><a>城区新增停车位两千个</a> 来源：东海新闻网</li><li><a>地铁三号线试运行</a> 来源：江城晨报</li></ul></div>',
)
add(
    "江城晨报",
    "source + quoted outlet mid",
    near=True,
    meta=M(f"{D} 来源：江城晨报"),
    mid="<p>据南岭晚报此前报道，该项目曾因资金问题一度停工，后经多方协调才得以复工。</p>",
)
add(
    "东海新闻网",
    "source + footer 版权所有",
    near=True,
    meta=M(f"{D} 来源：东海新闻网"),
    footer="版权所有 © 2026 晨光资讯网 未经授权禁止转载",
)
add(
    "北城晚报",
    "last source + photo credit",
    near=True,
    lastp="<p>来源：北城晚报</p>",
    after_first='<p class="caption">（视觉中国/图）</p>',
)
add(
    "青禾网",
    "meta source + comment widget with 来源",
    near=True,
    meta=M(f"{D} 来源：青禾网"),
    side='<div class="comments"><h3>网友评论</h3><div class="c">来自江苏的网友：好事！ 来源：手机客户端</div></div>',
)
# ---- (c) near misses: no outlet credited -> None
NM = [
    (
        "image credit only 图片来源",
        dict(after_first='<div class="pic"><img src="a.jpg"><p>图片来源：视觉中国</p></div>'),
    ),
    ("图/X caption", dict(after_first='<p class="caption">图/视觉中国</p>')),
    ("摄 caption", dict(after_first='<p class="caption">新城区街景。张华 摄</p>')),
    ("图片来源于网络", dict(after_first='<p class="caption">（图片来源于网络）</p>')),
    ("图源", dict(after_first='<p class="caption">图源：东方IC</p>')),
    (
        "据X此前报道 mid",
        dict(mid="<p>据南岭晚报此前报道，该项目曾因资金问题一度停工，后经多方协调才得以复工。</p>"),
    ),
    (
        "据新华社报道 mid",
        dict(mid="<p>另据新华社报道，周边省份也在推进类似的改造工作，已有数十个项目开工。</p>"),
    ),
    (
        "related list with sources",
        dict(
            side='<div class="related"><h3>相关阅读</h3><ul><li><a>城区新增停车位两千个</a> 来源：东海新闻网</li><li><a>地铁三号线试运行</a> 来源：江城晨报</li><li><a>公园夜间开放</a> 来源：临江日报</li></ul></div>'
        ),
    ),
    (
        "comment widget",
        dict(
            side='<div class="comments"><h3>网友评论</h3><div class="c">来自江苏的网友：好事！ 来源：手机客户端</div><div class="c">来自广东的网友：点赞 来源：网页版</div></div>'
        ),
    ),
    ("ad box", dict(side='<div class="ad">广告　来源：星海商城 限时优惠 立即抢购</div>')),
    ("footer 版权所有", dict(footer="版权所有 © 2026 临江网 未经授权禁止转载 京ICP备00000000号")),
    ("footer copyright english", dict(footer="Copyright © 2026 东海新闻网 All Rights Reserved")),
    (
        "more from X",
        dict(
            side='<div class="more"><h3>更多来自南岭晚报的文章</h3><ul><li><a>雨季防汛准备就绪</a></li><li><a>夏粮收购启动</a></li></ul></div>'
        ),
    ),
    (
        "数据来源 in body",
        dict(mid="<p>数据来源：国家统计局。上述数据为初步统计结果，最终数据以正式公布为准。</p>"),
    ),
    ("资料来源 note", dict(body_extra="<p>资料来源：市档案馆馆藏地方志。</p>")),
    ("视频来源", dict(after_first='<div class="video"><p>视频来源：现场网友拍摄</p></div>')),
    ("empty 来源：", dict(meta=M(f"{D} 来源： 作者：王明"))),
    (
        "有消息来源称 sentence",
        dict(mid="<p>有消息来源称，相关部门正在研究进一步的扶持政策，但尚未对外公布细节。</p>"),
    ),
    (
        "艺术来源于生活",
        dict(mid="<p>他常说，艺术来源于生活，好的作品一定要扎根在普通人的日子里。</p>"),
    ),
    (
        "资金来源 sentence",
        dict(mid="<p>项目资金来源：一是市级财政补助，二是社会资本投入，三是村集体自筹。</p>"),
    ),
    ("资金来源 label", dict(mid="<p>资金来源：财政拨款</p>")),
    ("meta line author time only", dict(meta=M(f"{D} 作者：王明 阅读：1024"))),
    ("图片来自网络 end", dict(lastp="<p>（图片来自网络，如有侵权请联系删除）</p>")),
    (
        "新华社记者 摄 caption",
        dict(after_first='<p class="caption">工人在施工现场作业。新华社记者 李明 摄</p>'),
    ),
    (
        "hot list sidebar",
        dict(
            side='<div class="hot"><h3>热点排行</h3><ol><li><a>夏季用电高峰将至</a> 南岭晚报</li><li><a>高考报名开始</a> 江城晨报</li></ol></div>'
        ),
    ),
    ("share only", dict(meta=M(f"{D} 分享到：<a>微博</a> <a>微信</a> <a>QQ空间</a>"))),
    (
        "推荐阅读 来自X",
        dict(side='<div class="rec">推荐阅读：<a>来自东海新闻网的精选报道</a></div>'),
    ),
    (
        "来源于《史记》 sentence",
        dict(mid="<p>据考证，这条老街的名字来源于《史记》中的一段记载，已有上千年历史。</p>"),
    ),
    ("据了解 first", dict(first="据了解，")),
    ("据报道 no outlet", dict(first="据报道，")),
    ("据当地居民介绍", dict(first="据当地居民介绍，")),
    ("编者按", dict(first="【编者按】城市更新离不开每一个细节。")),
    (
        "出品人 in body",
        dict(mid="<p>该片出品人表示，拍摄期间剧组多次深入山区采风，力求还原真实生活。</p>"),
    ),
    (
        "figcaption 来源 image",
        dict(
            after_first='<figure><img src="b.jpg"><figcaption>来源：图虫创意</figcaption></figure>'
        ),
    ),
    ("声明 仅代表作者", dict(lastp="<p>声明：本文仅代表作者个人观点，不代表本站立场。</p>")),
    ("promo 关注公众号", dict(lastp="<p>更多精彩内容，请关注南岭晚报微信公众号。</p>")),
    ("promo 下载客户端", dict(lastp="<p>下载临江日报客户端，阅读更多本地新闻。</p>")),
    ("摄影 label meta", dict(meta=M(f"{D} 摄影：张华 文字：李梅"))),
    (
        "related with 来源 in li spans",
        dict(
            side='<ul class="news-list"><li><span class="t"><a>秋收进度过半</a></span><span class="s">来源：江南时报</span></li><li><span class="t"><a>新学期开学</a></span><span class="s">来源：北城晚报</span></li></ul>'
        ),
    ),
    (
        "according-to quote mid 据X统计",
        dict(mid="<p>据市统计局统计，今年前三季度全市社会消费品零售总额同比增长百分之六。</p>"),
    ),
    (
        "info table no source",
        dict(
            side='<table class="info"><tr><td>发布日期</td><td>2026-03-02</td></tr><tr><td>浏览次数</td><td>356</td></tr></table>'
        ),
    ),
    ("image 图：X", dict(after_first='<p class="caption">图：东方IC</p>')),
]
for note, kw in NM:
    add(None, note, near=True, **kw)
g = write(sys.argv[1] if len(sys.argv) > 1 else "/tmp/made_up_source_S", C)
print(len(g), "pages", sum(v["near_miss"] for v in g.values()), "near misses")
