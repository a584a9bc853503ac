"""Generate a large local snapshot site for the crawl benchmark (not committed: built on demand).

Article text is recombined from the sentences of the real Chinese pages in
../shared/corpus, so bodies are realistic in length and character mix and
distinct from one another (no two pages are near duplicates).
"""

from __future__ import annotations

import json
import random
import re
from html import escape
from pathlib import Path

CATEGORIES = ["社会", "财经", "科技", "国际", "体育", "文化"]
PER_LIST_PAGE = 20


def corpus_sentences(shared: Path) -> list[str]:
    bodies: list[str] = []
    for gold in (shared / "corpus" / "zh_cleaneval_immortal" / "gold").glob("cleaned_ground.json"):
        bodies += [v["articleBody"] for v in json.loads(gold.read_text("utf-8")).values()]
    snapshot = shared / "corpus" / "synthetic_snapshot_zh" / "gold.json"
    if snapshot.exists():
        bodies += [v["body"] for v in json.loads(snapshot.read_text("utf-8")).values()]
    sentences = {s.strip() for body in bodies for s in re.split(r"(?<=[。！？])", body)}
    usable = sorted(s for s in sentences if 15 <= len(s) <= 120)
    if len(usable) < 500:
        raise SystemExit(f"only {len(usable)} sentences found under {shared}/corpus")
    return usable


def article_page(n: int, rng: random.Random, sentences: list[str], total: int) -> str:
    category = CATEGORIES[n % len(CATEGORIES)]
    paragraphs = [
        "".join(rng.sample(sentences, rng.randint(2, 4))) for _ in range(rng.randint(4, 8))
    ]
    title = paragraphs[0][:24].rstrip("，。")
    related = "".join(
        f'<li><a href="/a/{m}.html">{escape(f"相关报道{m}")}</a><p>{escape(rng.choice(sentences)[:60])}</p>'
        f"<span>2025-0{1 + m % 9}-1{m % 9} 0{m % 9}:15:00</span></li>"
        for m in rng.sample(range(total), 6)
    )
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}_资讯快照</title>
<script>var _hmt = _hmt || [];</script><style>.nav{{color:#333}}</style></head><body>
<div class="nav"><a href="/">我的订阅</a> • <a href="/list/{n % len(CATEGORIES)}/1.html">{category}</a></div>
<div class="main"><h1>{escape(title)}</h1>
<div class="meta">类别:{category} 发布时间:2025-02-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:00 来源:新华网</div>
<div class="content">{body}</div>
<div class="note"><p>以上内容为资讯信息快照,由bench.example爬虫进行采集并收录,本站未对信息做任何修改,信息内容不代表本站立场。</p>
<p>快照生成时间:2025-03-01 12:00:00</p><p>本站信息快照查询为非营利公共服务,如有侵权请联系我们进行删除。</p>
<p>信息原文地址:<a href="https://www.news.example.cn/{n}.html">https://www.news.example.cn/{n}.html</a></p></div>
<ul class="related">{related}</ul></div>
<div class="footer">Copyright © 2025 资讯快照 京ICP备00000000号</div></body></html>"""


def list_page(category: int, page: int, ids: list[int], pages: int) -> str:
    items = "".join(f'<li><a href="/a/{i}.html">文章 {i}</a></li>' for i in ids)
    nav = f'<a href="/list/{category}/{page + 1}.html">下一页</a>' if page < pages else ""
    return (
        f'<html><head><meta charset="utf-8"><title>{CATEGORIES[category]}</title></head><body>'
        f'<ul>{items}</ul><div class="pages">{nav}</div></body></html>'
    )


def build_site(out: Path, articles: int, shared: Path, seed: int = 7) -> int:
    """Write the site; returns the number of pages (articles + lists + home)."""
    rng = random.Random(seed)
    sentences = corpus_sentences(shared)
    (out / "a").mkdir(parents=True, exist_ok=True)
    for n in range(articles):
        (out / "a" / f"{n}.html").write_text(article_page(n, rng, sentences, articles), "utf-8")
    pages = articles
    home = []
    for category in range(len(CATEGORIES)):
        ids = list(range(category, articles, len(CATEGORIES)))
        chunks = [ids[i : i + PER_LIST_PAGE] for i in range(0, len(ids), PER_LIST_PAGE)]
        (out / "list" / str(category)).mkdir(parents=True, exist_ok=True)
        for page, chunk in enumerate(chunks, start=1):
            html = list_page(category, page, chunk, len(chunks))
            (out / "list" / str(category) / f"{page}.html").write_text(html, "utf-8")
            pages += 1
        home.append(f'<a href="/list/{category}/1.html">{CATEGORIES[category]}</a>')
    (out / "index.html").write_text(
        f'<html><head><meta charset="utf-8"></head><body>{"".join(home)}</body></html>', "utf-8"
    )
    return pages + 1
