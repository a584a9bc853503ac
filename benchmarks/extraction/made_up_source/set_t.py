"""Set T: 56 fresh made-up pages (41 credited, 15 near misses), written after the code was
frozen, on a different skeleton: the unseen check of set S's fixes.

    python benchmarks/extraction/made_up_source/set_t.py /tmp/T
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import json
import os

from pool import TOPICS


def page(
    i,
    *,
    site="云帆新闻",
    byline="",
    pre="",
    lead="",
    inner="",
    tail="",
    aside="",
    head="",
    foot=None,
):
    title, paras = TOPICS[(i * 3 + 1) % len(TOPICS)]
    ps = list(paras)
    ps[0] = lead + ps[0]
    body = f"<p>{ps[0]}</p><p>{ps[1]}</p>{inner}<p>{ps[2]}</p><p>{ps[3]}</p>"
    foot = (
        foot
        if foot is not None
        else "<p><a href='/m'>网站地图</a> · <a href='/j'>加入我们</a> · <a href='/l'>法律声明</a></p>"
    )
    return f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title} - {site}</title>{head}</head>
<body><header class="site"><a href="/">{site}</a><nav><a href="/gn">国内</a><a href="/gj">国际</a><a href="/sh">社会</a><a href="/ty">文体</a></nav></header>
<main><div class="crumbs"><a href="/">首页</a> / <a href="/sh">社会</a></div>{pre}
<article><header><h1 class="title">{title}</h1>{byline}</header><section class="txt">{body}</section>{tail}</article>
<aside>{aside}</aside></main><footer>{foot}</footer></body></html>"""


W = "2026年4月18日 07:30"


def B(x):
    return f'<p class="byline">{x}</p>'


C = []


def add(g, note, near=False, **kw):
    C.append((kw, g, near, note))


# credited (40)
add(
    "云岭晨报",
    "byline time then source span",
    byline=B(f"<time>{W}</time> <span>来源：云岭晨报</span>"),
)
add(
    "江州新闻网",
    "source first then author link",
    byline=B(f"来源：<a href='/'>江州新闻网</a> | 作者：<a>许诺</a> | {W}"),
)
add("滨江发布", "稿源 with pipes and 字号", byline=B(f"{W} | 稿源：滨江发布 | 字号：大 中 小"))
add("北岸商报", "新闻来源 after author", byline=B(f"作者：陈方　新闻来源：北岸商报　{W}"))
add(
    "市市场监督管理局",
    "信息来源 gov",
    byline=B(f"发布日期：{W}　信息来源：市市场监督管理局　浏览次数：1021"),
)
add("望川网", "spaced ideographic label", byline=B(f"{W}　来　源：望川网"))
add(
    "南湖日报",
    "label in b, value in a",
    byline=B(f"<b>来源：</b><a href='/'>南湖日报</a> <b>时间：</b>{W}"),
)
add(
    "鹭岛晚报",
    "label and value separate divs",
    byline='<div class="m"><div>来源：</div><div>鹭岛晚报</div><div>' + W + "</div></div>",
)
add("青山日報", "traditional 來源 with 記者", byline=B(f"{W} 來源：青山日報 記者林明"))
add("Eastbay Herald", "English name with spaces", byline=B(f"{W} 来源：Eastbay Herald"))
add("云帆财经·公司频道", "outlet·channel", byline=B(f"{W} 来源：云帆财经·公司频道"))
add("江州日报客户端", "客户端 in brackets", byline=B(f"{W} 来源：【江州日报客户端】"))
add("北岸观察微信公众号", "公众号", byline=B(f"来源：北岸观察微信公众号 {W}"))
add("南湖晚报", "《》 with page number", byline=B(f"{W} 来源：《南湖晚报》第5版"))
add("东原传媒", "转自 label", byline=B(f"{W} 转自：东原传媒"))
add(
    "西江评论",
    "摘自 with bracketed book title",
    tail="<p>摘自《西江评论》</p>" if False else "<p>摘自：《西江评论》</p>",
)
add("海川经济报", "原文来源 at end", tail="<p>原文来源：海川经济报</p>")
add(
    "江州晚报",
    "（来源：X）after last sentence",
    tail="<p>更多详情请关注后续报道。（来源：江州晚报）</p>",
)
add("云岭晨报", "来源丨 at end", tail="<p>来源丨云岭晨报</p><p>编辑丨王可</p>")
add(
    "南湖网",
    "文章来源 + 编辑 div at end",
    tail="<div class='ft'><span>文章来源：南湖网</span> <span>责任编辑：李丹</span></div>",
)
add("北岸商报", "本文转载自X，", tail="<p>本文转载自北岸商报，版权归原作者所有。</p>")
add("鹭岛晚报", "(X) half-width bracket signoff", tail="<p>(鹭岛晚报)</p>")
add("江州日报", "文／X full-width slash", tail="<p>文／江州日报</p>")
add("新华社", "dateline 新华社X月X日电 with place", lead="新华社杭州4月17日电（记者 周宁）")
add("江州新闻网", "【X讯】 with reporter", lead="【江州新闻网讯】（记者 吴越）")
add("滨江日报", "X讯 with two reporters", lead="滨江日报讯（记者 林玲 实习生 何平）")
add("中新网", "中新网X日电", lead="中新网杭州4月17日电 (记者 孔晨) ")
add("云帆网", "【X消息】 bare", lead="【云帆网消息】")
add("央视网", "据X报道 opening", lead="据央视网报道，")
add(
    "南湖日报",
    "info table th",
    aside="<table class='meta'><tr><th>来源</th><td>南湖日报</td></tr><tr><th>日期</th><td>2026-04-18</td></tr></table>",
)
add(
    "区人力资源和社会保障局",
    "issuer table 发布机构",
    pre="<table class='gk'><tr><td>发布机构：</td><td>区人力资源和社会保障局</td><td>成文日期：</td><td>2026-04-17</td></tr></table>",
)
add("市第一中学", "供稿", byline=B(f"供稿：市第一中学　{W}"))
add("海川晚报", "meta name=source", head='<meta name="source" content="海川晚报">')
add(
    "云岭晨报",
    "JSON-LD publisher != site",
    head='<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","publisher":{"@type":"Organization","name":"云岭晨报"}}</script>',
)
add("北岸商报", "script with title", head=None) if False else None
add(
    "江州日报",
    "aggregator: og:site_name + visible source",
    site="聚看",
    head='<meta property="og:site_name" content="聚看">',
    byline=B(f"{W} 来源：江州日报"),
)
add("南湖网", "source + photo credit in byline", byline=B(f"{W} 来源：南湖网 图片来源：东方IC"))
add(
    "滨江发布",
    "source + quoted outlet mid",
    byline=B(f"{W} 来源：滨江发布"),
    inner="<p>据海川经济报此前报道，相关规划早在两年前就已公布。</p>",
)
add(
    "鹭岛晚报",
    "source + related cards",
    byline=B(f"{W} 来源：鹭岛晚报"),
    aside="<h3>相关新闻</h3><ul><li><a href='/x1'>码头夜景灯光升级</a><span>来源：江州新闻网</span></li><li><a href='/x2'>城市书房上新</a><span>来源：南湖网</span></li></ul>",
)
add("云帆新闻", "placeholder 本站原创 kept", byline=B(f"{W} 来源：本站原创"))
add("综合", "placeholder 综合 in signoff", tail="<p>来源：综合</p>")
add("海川经济报", "出处 label in byline", byline=B(f"出处：海川经济报　{W}"))
C = [c for c in C if c]
# near misses (15): None
NM = [
    ("picture credit 图片由X提供", dict(inner="<p class='pic'>图片由江州新闻网提供</p>")),
    ("caption X/摄", dict(inner="<p class='pic'>夜色中的老街。许诺/摄</p>")),
    (
        "figure with 图源",
        dict(inner="<figure><img src='x.jpg'><figcaption>图源：云岭晨报</figcaption></figure>"),
    ),
    (
        "quoted outlet 据X报道 mid",
        dict(inner="<p>另据南湖日报报道，周边县市也在推进同类改造。</p>"),
    ),
    (
        "related list all same outlet",
        dict(
            aside="<h3>延伸阅读</h3><ul><li><a href='/r1'>老街夜市开张</a> 来源：云岭晨报</li><li><a href='/r2'>公交线路调整</a> 来源：云岭晨报</li></ul>"
        ),
    ),
    (
        "comments with 来源",
        dict(
            tail="<div class='cmt'><p>江州网友：支持！ 来源：安卓客户端</p><p>海川网友：期待 来源：苹果客户端</p></div>"
        ),
    ),
    ("footer copyright", dict(foot="<p>Copyright © 2026 云帆新闻 版权所有</p>")),
    ("footer 主办单位", dict(foot="<p>主办单位：江州市融媒体中心　承办：云帆新闻</p>")),
    ("数据来源 chart note", dict(inner="<p class='note'>数据来源：市统计局</p>")),
    ("经费来源 sentence", dict(inner="<p>经费来源：一是上级补助，二是企业捐赠。</p>")),
    ("消息来源称 sentence", dict(inner="<p>有消息来源称，相关方案将在下月公布。</p>")),
    ("byline author + time only", dict(byline=B(f"{W} 作者：许诺 编辑：王可"))),
    ("【快讯】 opening", dict(lead="【快讯】")),
    ("more from box", dict(aside="<div class='more'>更多南湖日报报道 <a href='/m'>进入</a></div>")),
    ("视频来源", dict(inner="<div class='v'><p>视频来源：现场观众拍摄</p></div>")),
]
for note, kw in NM:
    add(None, note, near=True, **kw)
out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/made_up_source_T"
os.makedirs(out, exist_ok=True)
gold = {}
for n, (kw, g, near, note) in enumerate(C):
    pid = f"{n:03d}"
    with open(f"{out}/{pid}.html", "w", encoding="utf-8") as f:
        f.write(page(n, **kw))
    gold[pid] = {"source": g, "near_miss": near, "note": note}
with open(f"{out}/gold.json", "w", encoding="utf-8") as f:
    f.write(json.dumps(gold, ensure_ascii=False, indent=1))
print(
    len(gold),
    sum(1 for v in gold.values() if v["source"]),
    "credited",
    sum(1 for v in gold.values() if v["source"] is None),
    "near misses (None)",
)
