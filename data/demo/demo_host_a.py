"""Host A, the main demo snapshot site: article layouts A and B, list pages, home page."""

# ruff: noqa: E501  (HTML templates: a line of source is a line of the page's markup)

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from html import escape

import demo_text as text
from demo_plan import CATEGORIES, IMAGE_PATH, PDF_PATH, SITE_ERRORS, SITE_HOST, SITE_NAME, Page

PAGE_SIZE = 10
ICP = "京ICP备12345678号-2"
CSS_A = (
    'body{margin:0;font:14px/1.8 "Microsoft YaHei",sans-serif;color:#333;background:#f5f5f5}'
    "a{color:#1a4c8b;text-decoration:none}.wrap{width:1000px;margin:0 auto}"
    ".topbar{background:#1f3a93;color:#fff;padding:8px 0}.topbar a{color:#fff}"
    ".nav{background:#fff;border-bottom:1px solid #ddd}.nav a{display:inline-block;padding:8px 14px}"
    ".sub li{display:inline;margin-right:12px;list-style:none}"
    ".main{background:#fff;padding:20px 30px;margin-top:10px}h1{font-size:24px;text-align:center}"
    ".info{color:#888;text-align:center;font-size:13px}.content p{text-indent:2em}"
    ".statement{color:#999;font-size:12px;border-top:1px dashed #ccc;margin-top:20px}"
    ".related li,.more li,.list li{list-style:none;border-bottom:1px dotted #ddd;padding:6px 0}"
    ".time{color:#aaa;font-size:12px}.footer{text-align:center;color:#999;padding:20px 0}"
    ".pages{margin:16px 0;text-align:center}.pages a,.pages span{margin:0 3px}"
)
CSS_B = (
    "body{margin:0;font-size:12px;background:#fff}td{font-size:12px;line-height:22px}"
    ".crumb{border-bottom:2px solid #b40000;height:30px}.tit{padding:18px 0 8px}"
    ".src{color:#666;border-bottom:1px solid #ddd}.zoom{font-size:16px;line-height:30px;padding:16px}"
    ".mz{color:#888}.side .bt{background:#b40000;color:#fff;padding:2px 8px}.ft{color:#777}"
)


def t(value: str) -> str:
    return escape(value, quote=False)


def a(value: str) -> str:
    return escape(value, quote=True)


@dataclass
class SiteBuild:
    files: dict[str, bytes] = field(default_factory=dict)
    lists: list[str] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)
    list_aliases: dict[str, str] = field(default_factory=dict)

    def link(self, path: str, query: str = "") -> str:
        """An href to an article, recording it as an alias when it carries a tracking query."""
        if not query:
            return path
        self.aliases[f"{path}?{query}"] = path
        return f"{path}?{query}"


# --- shared chrome ----------------------------------------------------------------------


def head_a(title: str, description: str) -> str:
    cats = "".join(f'<a href="/list/{py}/index.html">{name}</a>' for name, py in CATEGORIES.items())
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t(title)}</title>
<meta name="description" content="{a(description)}">
<style>{CSS_A}</style>
<script>var SITE_TIP = "欢迎访问{SITE_NAME}，本站提供资讯信息快照查询服务";</script>
</head>
<body>
<div class="topbar"><div class="wrap"><a class="logo" href="/"><img src="{IMAGE_PATH}" alt="{SITE_NAME}" \
width="16" height="16"> {SITE_NAME}</a> <span class="slogan">资讯信息快照 · 随时查询</span></div></div>
<div class="nav"><div class="wrap"><a href="/">首页</a>{cats}<a href="/roll/index.html">滚动快照</a></div></div>
"""


FOOT_A = f"""<div class="footer"><div class="wrap">
<p><a href="/">首页</a> | <a href="javascript:;">关于本站</a> | <a href="javascript:;">联系我们</a> | \
<a href="javascript:;">侵权投诉</a></p>
<p>Copyright &copy; 2019-2026 {SITE_NAME} 版权所有 <a href="https://beian.miit.gov.cn/" \
target="_blank" rel="nofollow">{ICP}</a></p>
</div></div>
<script>(function(){{var d=document,s=d.createElement("script");s.text="window._stat=1";\
d.body.appendChild(s);}})();</script>
</body>
</html>
"""


def item_html(item: dict) -> str:
    href, snippet, date = a(item["href"]), t(item["snippet"]), item["date"]
    if item.get("title"):
        return (
            f'<li><a href="{href}" target="_blank">{t(item["title"])}</a>'
            f'<p>{snippet}</p><span class="time">{date}</span></li>'
        )
    return f'<li><p><a href="{href}" target="_blank">{snippet}</a></p><span class="time">{date}</span></li>'


def related_items(page: Page, originals: list[Page]) -> tuple[list[dict], list[dict]]:
    """The related list (5-9 items, any category) and the "更多关于<类别>的资讯" list."""
    rng = random.Random(f"related/{page.path}/{page.seed}")
    others = [q for q in originals if q.story_id != page.story_id]
    related = []
    for q in rng.sample(others, 5 + page.number % 5):
        mode = rng.randrange(3)
        item = {"href": q.path, "date": q.story["published_at"], "title": q.title}
        if mode == 0:
            item["snippet"] = text.snippet_head(q.paragraphs)
        elif mode == 1:
            item["snippet"] = f"本文转自:{q.story['source']}" + text.snippet_head(q.paragraphs, 50)
        else:
            item.update(title="", snippet=text.snippet_middle(q.paragraphs, rng.randrange(400)))
        related.append(item)
    same = [q for q in others if q.category == page.category]
    more = []
    for q in rng.sample(same, min(10, len(same))):
        item = {"href": q.path, "date": q.story["published_at"], "title": q.title}
        if rng.random() < 0.3:
            item.update(title="", snippet=text.snippet_middle(q.paragraphs, rng.randrange(400)))
        else:
            item["snippet"] = text.snippet_head(q.paragraphs, 64)
        more.append(item)
    return related, more


# --- article layouts --------------------------------------------------------------------


def layout_a(page: Page, related: list[dict], more: list[dict]) -> str:
    story, py = page.story, CATEGORIES[page.category]
    meta = f"类别:{page.category} 发布时间:{page.shown_date()} 来源:{story['source']}"
    if story.get("author"):
        meta += f" 作者:{story['author']}"
    body = "\n".join(f"<p>{t(p)}</p>" for p in page.paragraphs)
    return (
        head_a(f"{page.title}_{SITE_NAME}", text.snippet_head(page.paragraphs, 80))
        + f"""<div class="wrap main">
<div class="sub"><ul><li>• <a href="/">我的订阅</a></li><li>• <a href="/list/{py}/">{page.category}</a></li></ul></div>
<div class="article">
<h1>{t(page.title)}</h1>
<div class="info">{t(meta)}</div>
<div class="content" id="content">
{body}
</div>
<div class="statement">
<p>以上内容为资讯信息快照,由{SITE_HOST}爬虫进行采集并收录,本站未对信息做任何修改,信息内容不代表本站立场。</p>
<p>快照生成时间:{page.snapshot_at}</p>
<p>本站信息快照查询为非营利公共服务,如有侵权请联系我们进行删除。</p>
<p>信息原文地址:<a href="{a(story["source_url"])}" target="_blank" rel="nofollow">{t(story["source_url"])}</a></p>
</div>
<ul class="related">
{chr(10).join(item_html(i) for i in related)}
</ul>
<div class="more"><h3>更多关于{page.category}的资讯:</h3>
<ul>
{chr(10).join(item_html(i) for i in more)}
</ul></div>
</div>
</div>
"""
        + FOOT_A
    )


def layout_b(page: Page, prev: Page | None, nxt: Page | None, hot: list[Page]) -> str:
    story, py = page.story, CATEGORIES[page.category]
    charset = (
        '<meta charset="gb2312">'
        if page.encoding == "gbk"
        else '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    )
    cats = " | ".join(f'<a href="/list/{p}/index.html">{n}</a>' for n, p in CATEGORIES.items())
    info = [page.shown_date()]
    if page.reprint != "only":
        info.append(f"来源：{t(story['source'])}")
    if story.get("author"):
        info.append(f"作者：{t(story['author'])}")
    lead = f"本文转自：{t(story['source'])}<br><br>\n" if page.reprint else ""
    body = "<br><br>\n".join(f"　　{t(p)}" for p in page.paragraphs)

    def neighbour(label: str, other: Page | None) -> str:
        return f"{label}：" + (
            f'<a href="{a(other.path)}">{t(other.title)}</a>' if other else "没有了"
        )

    ranks = "\n".join(
        f'<li><a href="{a(q.path)}" target="_blank">{t(q.title)}</a></li>' for q in hot
    )
    return f"""<html>
<head>
{charset}
<title>{t(page.title)} - {page.category}频道 - 网页快照 - {SITE_NAME}</title>
<style type="text/css">{CSS_B}</style>
<script type="text/javascript">function fontZoom(n){{document.getElementById("zoom").style.fontSize=n+"px";}}</script>
</head>
<body topmargin="0">
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td width="220"><a href="/"><img src="{IMAGE_PATH}" border="0" alt="{SITE_NAME}"></a></td>
<td align="right"><a href="/">首页</a> | {cats}</td></tr></table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" class="crumb">
<tr><td>当前位置：<a href="/">首页</a> &gt; <a href="/list/{py}/index.html">{page.category}</a> &gt; 正文</td></tr></table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center"><tr>
<td width="690" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" class="tit"><font size="5" color="#1f3a93"><b>{t(page.title)}</b></font></td></tr>
<tr><td align="center" class="src">{"　".join(info)}　【字号：<a href="javascript:fontZoom(18)">大</a> \
<a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】</td></tr>
<tr><td class="share">分享到：<a href="javascript:;">微博</a> <a href="javascript:;">微信</a> \
<a href="javascript:;">QQ空间</a></td></tr>
<tr><td id="zoom" class="zoom"><font face="宋体" size="3">
{lead}{body}
</font></td></tr>
<tr><td class="yw">原文链接：<a href="{a(story["source_url"])}" target="_blank">{t(story["source_url"])}</a></td></tr>
<tr><td class="mz">存档时间：{page.snapshot_at}</td></tr>
<tr><td class="mz">【免责声明】本页面为网页快照，内容由系统自动抓取自互联网，仅供参考，不代表本站观点。\
本站不对其真实性、准确性负责，如涉及版权问题请联系 kefu@{SITE_HOST} 删除。</td></tr>
<tr><td class="pn">{neighbour("上一篇", prev)}<br>{neighbour("下一篇", nxt)}</td></tr>
</table></td>
<td width="20"></td>
<td width="250" valign="top" class="side"><div class="bt">热点排行</div><ol>
{ranks}
</ol></td>
</tr></table>
<table width="960" border="0" align="center" class="ft"><tr><td align="center">关于我们 | 联系我们 | 免责声明<br>
Copyright 2019-2026 {SITE_HOST} All Rights Reserved　{ICP}</td></tr></table>
</body>
</html>
"""


# --- list pages and home ----------------------------------------------------------------


def pager(page_no: int, total: int, count: int) -> str:
    def href(k: int) -> str:
        return "index.html" if k == 1 else f"{k}.html"

    parts = [f"共{count}条 第{page_no}/{total}页", f'<a href="{href(1)}">首页</a>']
    parts.append(
        f'<a href="{href(page_no - 1)}">上一页</a>' if page_no > 1 else "<span>上一页</span>"
    )
    parts += [
        f'<span class="cur">{k}</span>' if k == page_no else f'<a href="{href(k)}">{k}</a>'
        for k in range(1, total + 1)
    ]
    parts.append(
        f'<a href="{href(page_no + 1)}">下一页</a>' if page_no < total else "<span>下一页</span>"
    )
    parts.append(f'<a href="{href(total)}">尾页</a>')
    return '<div class="pages">' + " ".join(parts) + "</div>"


def list_pages(build: SiteBuild, folder: str, label: str, pages: list[Page], query) -> None:
    """Paginated lists under ``/folder/``: index.html, 2.html, ...; ``query(i)`` adds tracking."""
    chunks = [pages[i : i + PAGE_SIZE] for i in range(0, len(pages), PAGE_SIZE)]
    for no, chunk in enumerate(chunks, start=1):
        name = "index.html" if no == 1 else f"{no}.html"
        rows = "\n".join(
            f'<li><a href="{a(build.link(p.path, query(no * PAGE_SIZE + i)))}" target="_blank">'
            f'{t(p.title)}</a> <span class="time">{text.show_date(p.story["published_at"], "day")}</span>'
            f'<p class="summary">{t(text.snippet_head(p.paragraphs, 80))}…</p></li>'
            for i, p in enumerate(chunk)
        )
        suffix = "" if no == 1 else f"_第{no}页"
        html = (
            head_a(f"{label}_资讯快照列表{suffix}_{SITE_NAME}", f"{label}频道资讯快照列表")
            + f'<div class="wrap main"><h2>{label}</h2>\n<ul class="list">\n{rows}\n</ul>\n'
            + pager(no, len(chunks), len(pages))
            + "\n</div>\n"
            + FOOT_A
        )
        build.files[f"{folder}/{name}"] = html.encode("utf-8")
        build.lists.append(f"/{folder}/{name}")


def home(build: SiteBuild, originals: list[Page]) -> str:
    latest = sorted(originals, key=lambda p: (p.story["published_at"], p.path), reverse=True)
    rows = "\n".join(
        f'<li><a href="{a(build.link(p.path, "utm_source=weibo&utm_medium=social" if i % 3 == 1 else ""))}">'
        f'{t(p.title)}</a> <span class="time">{p.story["published_at"][:16]}</span></li>'
        for i, p in enumerate(latest[:20])
    )
    boxes = []
    for name, py in CATEGORIES.items():
        items = "".join(
            f'<li><a href="{a(p.path)}">{t(p.title)}</a></li>'
            for p in [q for q in latest if q.category == name][:4]
        )
        boxes.append(
            f'<div class="box"><h3><a href="/list/{py}/index.html">{name}</a> '
            f'<a class="more" href="/list/{py}/index.html">更多&gt;&gt;</a></h3><ul>{items}</ul></div>'
        )
    dead, broken = sorted(SITE_ERRORS, key=SITE_ERRORS.get)
    return (
        head_a(f"{SITE_NAME} - 资讯信息快照查询", "资讯信息快照查询，收录各大新闻网站的资讯快照")
        + f"""<div class="wrap main">
<h2>最新快照</h2>
<ul class="list">
{rows}
</ul>
<p><a href="/roll/index.html">查看全部滚动快照&gt;&gt;</a></p>
{chr(10).join(boxes)}
<div class="box"><h3>专题推荐</h3><ul>
<li><a href="{dead}">2025全国两会专题：代表委员热议民生关切</a></li>
<li><a href="{broken}">快照服务升级公告：部分历史快照迁移说明</a></li>
</ul></div>
<div class="box"><h3>资料下载</h3><ul>
<li><a href="{PDF_PATH}">2025年一季度经济运行简报（PDF）</a></li>
<li><a href="{IMAGE_PATH}">本站标志（PNG）</a></li>
</ul></div>
</div>
"""
        + FOOT_A
    )


def render_site(pages: list[Page], static: dict[str, bytes]) -> SiteBuild:
    build = SiteBuild(files=dict(static))
    originals = [p for p in pages if p.dup_of is None]
    newest = sorted(pages, key=lambda p: (p.story["published_at"], p.path), reverse=True)
    for page in pages:
        if page.layout == "A":
            html = layout_a(page, *related_items(page, originals))
        else:
            peers = [q for q in newest if q.category == page.category and q.dup_of is None]
            i = peers.index(page)
            rng = random.Random(f"hot/{page.path}")
            hot = rng.sample([q for q in originals if q is not page], 10)
            html = layout_b(
                page, peers[i - 1] if i else None, peers[i + 1] if i + 1 < len(peers) else None, hot
            )
        build.files[page.file] = html.encode(page.encoding)
    build.files["index.html"] = home(build, originals).encode("utf-8")
    build.lists.append("/")
    for name, py in CATEGORIES.items():
        members = [p for p in newest if p.category == name]
        list_pages(build, f"list/{py}", name, members, lambda i: "from=rss" if i % 4 == 1 else "")
        build.list_aliases[f"/list/{py}/"] = f"/list/{py}/index.html"
    by_snapshot = sorted(pages, key=lambda p: (p.snapshot_at, p.path), reverse=True)
    list_pages(build, "roll", "滚动快照", by_snapshot, lambda i: "from=roll" if i % 7 == 3 else "")
    build.files["_routes.json"] = (
        json.dumps(
            {
                path: {
                    "status": 500,
                    "headers": {"Content-Type": "text/html; charset=utf-8"},
                    "body": "<html><head><title>500 Internal Server Error</title></head><body>"
                    "<h1>500 Internal Server Error</h1><p>服务器繁忙，请稍后再试。</p></body></html>",
                }
                for path, status in SITE_ERRORS.items()
                if status == 500
            },
            ensure_ascii=False,
            indent=2,
        ).encode("utf-8")
        + b"\n"
    )
    return build
