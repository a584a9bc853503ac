"""Host B, the mirror: a second snapshot site with its own markup (layout C) and wording."""

# ruff: noqa: E501  (HTML templates: a line of source is a line of the page's markup)

from __future__ import annotations

import random

import demo_text as text
from demo_host_a import SiteBuild, a, t
from demo_plan import MIRROR_ERRORS, MIRROR_HOST, MIRROR_NAME, Page

PAGE_SIZE = 8
ICP = "沪ICP备20231234号-1"
CSS_C = (
    "*{box-sizing:border-box}body{margin:0;font:15px/1.75 -apple-system,'PingFang SC',sans-serif}"
    ".site-head{display:flex;gap:24px;align-items:center;padding:10px 24px;background:#222}"
    ".site-head a{color:#eee}.logo{font-size:20px;margin:0}.wrap{display:flex;gap:32px;padding:24px}"
    ".snap{flex:3}.snap-tip{background:#fffbe6;border:1px solid #f0d870;padding:6px 10px;font-size:13px}"
    ".snap-meta span{margin-right:16px;color:#888;font-size:13px}.snap-note{color:#999;font-size:12px}"
    "aside{flex:1}footer{padding:16px 24px;color:#999;font-size:12px;border-top:1px solid #eee}"
)


def head_c(title: str) -> str:
    return f"""<!doctype html>
<html lang="zh-Hans">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width">
<title>{t(title)}</title>
<style>{CSS_C}</style>
<script>window.__MIRROR__ = {{name: "{MIRROR_NAME}", tip: "快照内容来自互联网公开页面"}};</script>
</head>
<body>
<header class="site-head"><h1 class="logo"><a href="/">{MIRROR_NAME}</a></h1>
<nav><a href="/">首页</a> <a href="/list/1.html">全部快照</a></nav></header>
"""


def foot_c() -> str:
    old = next(iter(MIRROR_ERRORS))
    return f"""<footer>&copy; 2026 {MIRROR_NAME} · {ICP} · 本站不存储任何原创内容 · <a href="{old}">旧版入口</a></footer>
</body>
</html>
"""


def layout_c(page: Page, related: list[Page]) -> str:
    story = page.story
    meta = [f"发布于 {page.shown_date()}", f"出处：{t(story['source'])}", f"栏目：{page.category}"]
    if story.get("author"):
        meta.append(f"作者：{t(story['author'])}")
    spans = "".join(f"<span>{m}</span>" for m in meta)
    body = "\n".join(f"<p>{t(p)}</p>" for p in page.paragraphs)
    rel = "\n".join(
        f'<li><a href="{a(q.path)}">{t(q.title)}</a> <time>{q.story["published_at"][:10]}</time></li>'
        for q in related
    )
    src = a(story["source_url"])
    return (
        head_c(f"{page.title} - {MIRROR_NAME}")
        + f"""<main class="wrap">
<article class="snap">
<div class="snap-tip">您正在浏览的是网页快照，快照保存于 {page.snapshot_at}。<a href="{src}" rel="nofollow">查看原网页</a></div>
<h2 class="snap-title">{t(page.title)}</h2>
<div class="snap-meta">{spans}</div>
<section class="snap-body">
{body}
</section>
<div class="snap-note">声明：本快照由 {MIRROR_HOST} 自动保存，仅供检索参考，版权归原作者所有。\
原文地址：<a href="{src}" rel="nofollow">{t(story["source_url"])}</a></div>
</article>
<aside><h3>相关快照</h3><ul>
{rel}
</ul></aside>
</main>
"""
        + foot_c()
    )


def render_mirror(pages: list[Page], static: dict[str, bytes]) -> SiteBuild:
    build = SiteBuild(files=dict(static))
    for page in pages:
        rng = random.Random(f"mirror-related/{page.path}")
        related = rng.sample([q for q in pages if q is not page], 5)
        build.files[page.file] = layout_c(page, related).encode("utf-8")
    newest = sorted(pages, key=lambda p: (p.story["published_at"], p.path), reverse=True)
    chunks = [newest[i : i + PAGE_SIZE] for i in range(0, len(newest), PAGE_SIZE)]
    for no, chunk in enumerate(chunks, start=1):
        rows = "\n".join(
            f'<li><a href="{a(p.path)}">{t(p.title)}</a> <time>{p.story["published_at"][:16]}</time></li>'
            for p in chunk
        )
        prev = f'<a href="{no - 1}.html">« 上一页</a>' if no > 1 else "<span>« 上一页</span>"
        nxt = (
            f'<a href="{no + 1}.html">下一页 »</a>' if no < len(chunks) else "<span>下一页 »</span>"
        )
        nums = " ".join(
            f"<b>{k}</b>" if k == no else f'<a href="{k}.html">{k}</a>'
            for k in range(1, len(chunks) + 1)
        )
        html = (
            head_c(f"全部快照（第{no}页） - {MIRROR_NAME}")
            + f'<main class="wrap"><section><h2>全部快照</h2>\n<ol class="snap-list">\n{rows}\n</ol>\n'
            + f'<nav class="pager">{prev} | {nums} | {nxt}</nav></section></main>\n'
            + foot_c()
        )
        build.files[f"list/{no}.html"] = html.encode("utf-8")
        build.lists.append(f"/list/{no}.html")
    rows = "\n".join(
        f'<li><a href="{a(build.link(p.path, "utm_source=mirror_home" if i % 3 == 0 else ""))}">'
        f"{t(p.title)}</a> <time>{text.show_date(p.story['published_at'], 'day')}</time></li>"
        for i, p in enumerate(newest[:PAGE_SIZE])
    )
    build.files["index.html"] = (
        head_c(f"{MIRROR_NAME} - 网页快照检索")
        + f'<main class="wrap"><section><h2>最近保存的快照</h2>\n<ol class="snap-list">\n{rows}\n</ol>\n'
        + '<p><a href="/list/1.html">查看全部快照 »</a></p></section></main>\n'
        + foot_c()
    ).encode("utf-8")
    build.lists.insert(0, "/")
    return build
