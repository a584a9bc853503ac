#!/usr/bin/env python
"""Build the bundled demo snapshot sites and their ground truth from ``stories.json``.

    python data/demo/build.py              # rewrites snapcrawl/demo_site/site/, mirror/, truth.json
    python data/demo/build.py --out DIR    # the same files under DIR (the tests compare them)

Stdlib only and deterministic: two runs write byte-identical files. Layout, URL, date style
and edit choices live in ``demo_plan.py``; the markup in ``demo_host_a.py`` (host A, layouts A
and B) and ``demo_host_b.py`` (the mirror, layout C).
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import struct
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the generated sites ship inside the package (snapcrawl demo runs from a wheel install too)
PACKAGED = HERE.parents[1] / "snapcrawl" / "demo_site"
sys.path.insert(0, str(HERE))

import demo_plan as plan  # noqa: E402
import demo_text as text  # noqa: E402
from demo_host_a import render_site  # noqa: E402
from demo_host_b import render_mirror  # noqa: E402

log = logging.getLogger("demo.build")

SITE_NOISE = [
    "以上内容为资讯信息快照",
    "爬虫进行采集并收录",
    "快照生成时间",
    "本站信息快照查询",
    "信息原文地址",
    "更多关于",
    "我的订阅",
    "本文转自",
    "ICP备",
    "版权所有",
    "当前位置",
    "免责声明",
    "本页面为网页快照",
    "存档时间",
    "原文链接",
    "分享到",
    "上一篇",
    "下一篇",
    "热点排行",
    "字号",
    "滚动快照",
]
MIRROR_NOISE = [
    "您正在浏览的是网页快照",
    "快照保存于",
    "查看原网页",
    "本快照由",
    "仅供检索参考",
    "版权归原作者所有",
    "相关快照",
    "ICP备",
    "本站不存储任何原创内容",
    "旧版入口",
]
ROBOTS = b"User-agent: *\nDisallow: /search/\nAllow: /\n"
PDF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


def tiny_png(width: int = 16, height: int = 16, rgb: tuple[int, int, int] = (31, 58, 147)) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"demo build: {message}")


def validate_stories(stories: list[dict]) -> None:
    check(len(stories) >= 66, f"only {len(stories)} stories, want 66 or more")
    check(len({s["id"] for s in stories}) == len(stories), "story ids repeat")
    check(len({s["title"] for s in stories}) == len(stories), "story titles repeat")
    ids = {s["id"] for s in stories}
    for s in stories:
        size = len(text.squeeze("".join(s["paragraphs"])))
        check(4 <= len(s["paragraphs"]) <= 8, f"{s['id']}: {len(s['paragraphs'])} paragraphs")
        check(300 <= size <= 900, f"{s['id']}: {size} characters")
        check(s["category"] in plan.CATEGORIES, f"{s['id']}: category {s['category']}")
        check(s["source_url"].startswith(("http://", "https://")), f"{s['id']}: source_url")
        text.parse_stamp(s["published_at"])
        check(s.get("shares_with", "s001") in ids, f"{s['id']}: shares_with")


def decode_page(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def validate_build(site_pages, near, negatives, built: dict) -> None:
    for record in near:
        check(record["jaccard5"] >= 0.85, f"near duplicate {record['path']}: {record['jaccard5']}")
        check(record["jaccard5_nfkc"] < 1, f"near duplicate {record['path']} is exact after NFKC")
    for record in negatives:
        check(record["jaccard5"] <= 0.5, f"hard negative {record['path']}: {record['jaccard5']}")
        check(1 / 3 <= record["shared_fraction"] <= 0.5, f"hard negative {record['path']} share")
    gbk = [p for p in site_pages if p.encoding == "gbk"]
    check(len(gbk) == 1 and gbk[0].layout == "B", "want exactly one layout-B GBK page")
    try:
        (gbk[0].title + gbk[0].body).encode("gb2312")
        check(False, "the GBK page needs a character outside GB2312")
    except UnicodeEncodeError:
        pass
    for host, markers in (("site", SITE_NOISE), ("mirror", MIRROR_NOISE)):
        pages = built[host]["pages"]
        joined = "".join(
            decode_page(f)
            for name, f in built[host]["files"].items()
            if name.endswith((".html", ".htm", ".shtml"))
        )
        for marker in markers:
            check(marker in joined, f"{host}: noise marker {marker} is on no page")
            check(
                all(marker not in p.body and marker not in p.title for p in pages),
                f"{host}: noise marker {marker} occurs in an article",
            )


def article_truth(page: plan.Page) -> dict:
    story = page.story
    return {
        "path": page.path,
        "story": page.story_id,
        "layout": page.layout,
        "encoding": page.encoding,
        "title": page.title,
        "body": page.body,
        "category": page.category,
        "published_at": story["published_at"],
        "source": story["source"],
        "source_url": story["source_url"],
        "snapshot_at": page.snapshot_at,
        "author": story.get("author"),
    }


def host_truth(name: str, pages, build, errors: dict, non_html: list, noise: list) -> dict:
    return {
        "name": name,
        "articles": [article_truth(p) for p in pages],
        "duplicates": [
            {"path": p.path, "dup_of": p.dup_of, "kind": "exact"} for p in pages if p.dup_of
        ],
        "url_aliases": [
            {"url": url, "dup_of": path} for url, path in sorted(build.aliases.items())
        ],
        "lists": build.lists,
        "list_aliases": [
            {"url": url, "dup_of": path} for url, path in sorted(build.list_aliases.items())
        ],
        "errors": errors,
        "non_html": non_html,
        "noise_markers": noise,
    }


def build_all(stories: list[dict]) -> tuple[dict[str, dict[str, bytes]], dict]:
    validate_stories(stories)
    site_pages = plan.plan_site(stories)
    mirror_pages, near, negatives = plan.plan_mirror(stories, site_pages)
    site = render_site(
        site_pages,
        {
            "robots.txt": ROBOTS,
            plan.PDF_PATH.lstrip("/"): PDF,
            plan.IMAGE_PATH.lstrip("/"): tiny_png(),
        },
    )
    mirror = render_mirror(mirror_pages, {"robots.txt": ROBOTS})
    validate_build(
        site_pages,
        near,
        negatives,
        {
            "site": {"pages": site_pages, "files": site.files},
            "mirror": {"pages": mirror_pages, "files": mirror.files},
        },
    )
    site_truth = host_truth(
        plan.SITE_HOST,
        site_pages,
        site,
        plan.SITE_ERRORS,
        [plan.PDF_PATH, plan.IMAGE_PATH],
        SITE_NOISE,
    )
    site_truth["title_suffix"] = f"_{plan.SITE_NAME}"
    mirror_truth = host_truth(
        plan.MIRROR_HOST, mirror_pages, mirror, plan.MIRROR_ERRORS, [], MIRROR_NOISE
    )
    mirror_truth["near_duplicates"] = near
    mirror_truth["hard_negatives"] = negatives
    truth = {"sites": {"site": site_truth, "mirror": mirror_truth}}
    return {"site": site.files, "mirror": mirror.files}, truth


def write_tree(root: Path, files: dict[str, bytes]) -> None:
    if root.exists():
        shutil.rmtree(root)
    for name in sorted(files):
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(files[name])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=PACKAGED, help="where site/, mirror/ and truth.json go"
    )
    parser.add_argument("--stories", type=Path, default=HERE / "stories.json")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    stories = json.loads(args.stories.read_text("utf-8"))["stories"]
    hosts, truth = build_all(stories)
    args.out.mkdir(parents=True, exist_ok=True)
    for host, files in hosts.items():
        write_tree(args.out / host, files)
    payload = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
    (args.out / "truth.json").write_bytes(payload.encode("utf-8"))
    for host, record in truth["sites"].items():
        log.info(
            "%s: %d articles, %d lists, %d files",
            host,
            len(record["articles"]),
            len(record["lists"]),
            len(hosts[host]),
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
