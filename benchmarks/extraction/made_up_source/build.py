"""The page skeleton of set S and the writer of a set's pages and gold.json."""

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
    site="晨光资讯网",
    meta="",
    above="",
    first="",
    lead=None,
    mid="",
    lastp="",
    side="",
    head="",
    footer=None,
    after_first="",
    topic=None,
    body_extra="",
):
    t = TOPICS[(i if topic is None else topic) % len(TOPICS)]
    title, paras = t
    ps = list(paras)
    if first:
        ps[0] = first + ps[0]
    if lead is not None:
        ps[0] = lead
    body = (
        "".join(f"<p>{p}</p>" for p in ps[:2])
        + after_first
        + mid
        + "".join(f"<p>{p}</p>" for p in ps[2:])
        + body_extra
    )
    footer = (
        footer
        if footer is not None
        else "<a href='/about'>关于我们</a> | <a href='/contact'>联系我们</a> | <a href='/ad'>广告服务</a><br>网站备案号：京ICP备00000000号"
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_{site}</title>{head}</head>
<body><div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/fin">财经</a> <a href="/sports">体育</a> <a href="/ent">娱乐</a> <a href="/tech">科技</a></div>
{above}<div class="article"><h1>{title}</h1>{meta}<div class="content">{body}</div>{lastp}</div>
{side}<div class="footer">{footer}</div></body></html>"""


def write(out, cases):
    os.makedirs(out, exist_ok=True)
    gold = {}
    for n, (kw, g, near, note) in enumerate(cases):
        pid = f"{n:03d}"
        with open(f"{out}/{pid}.html", "w", encoding="utf-8") as f:
            f.write(page(n, **kw))
        gold[pid] = {"source": g, "near_miss": near, "note": note}
    text = json.dumps(gold, ensure_ascii=False, indent=1)
    with open(f"{out}/gold.json", "w", encoding="utf-8") as f:
        f.write(text)
    return gold
