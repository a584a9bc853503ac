"""What goes where: which story gets which layout, URL, date style, encoding and edits.

Every choice is a table or a pure function of the story id, so the build is deterministic.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta

import demo_text as text

SITE_HOST, SITE_NAME = "kz.demo-yunkz.cc", "云快照资讯网"
MIRROR_HOST, MIRROR_NAME = "jx.demo-snapmirror.cc", "快照镜像站"
CATEGORIES = {
    "社会": "shehui",
    "财经": "caijing",
    "科技": "keji",
    "国际": "guoji",
    "体育": "tiyu",
    "文化": "wenhua",
}
LAYOUT_B = frozenset(f"s{n:03d}" for n in range(5, 61, 5))  # 12 table-layout pages
GBK_STORY = "s030"  # the one page in GBK bytes declared gb2312 (its body has 堃, author 王喆)
# 本文转自 line opening the body: "both" also prints 来源, "only" names the source nowhere else.
REPRINT = {"s010": "both", "s020": "only", "s040": "only", "s055": "both"}
DATE_STYLES = {
    "s003": "nopad",
    "s017": "nopad",
    "s041": "nopad",
    "s008": "slash",
    "s022": "slash",
    "s046": "slash",
    "s013": "cn",
    "s036": "cn",
    "s025": "min",
    "s050": "min",
}
RESNAPSHOTS = ("s002", "s024", "s033")  # same story re-captured under a new URL
MIRROR_COPIES = (
    ("s001", ("title_suffix", "append_reporter")),
    ("s004", ("drop_sentence", "punct_quotes")),
    ("s007", ("punct_comma", "split_paragraph", "append_reporter")),
    ("s012", ("drop_sentence", "append_reporter")),
    ("s018", ("split_paragraph", "title_suffix", "punct_comma", "append_reporter")),
    ("s022", ("drop_sentence", "append_reporter")),
    ("s027", ("drop_sentence", "split_paragraph")),
    ("s031", ("punct_quotes", "append_reporter", "title_suffix")),
    ("s038", ("drop_sentence", "punct_comma")),
    ("s040", ("drop_sentence", "title_suffix")),
    ("s043", ("split_paragraph", "append_reporter")),
    ("s047", ("punct_quotes", "append_reporter")),
    ("s056", ("title_suffix", "punct_comma", "append_reporter")),
)
REPORTERS = ("王磊", "陈静", "刘洋", "赵敏", "孙浩")
SITE_ERRORS = {"/a/1999.html": 404, "/a/1500.html": 500}  # "500" in the path: see tests/e2e
MIRROR_ERRORS = {"/old/": 404}
PDF_PATH, IMAGE_PATH = "/files/report.pdf", "/img/logo.png"


@dataclass(frozen=True, eq=False)
class Page:
    path: str
    story: dict
    layout: str  # "A", "B" (host A) or "C" (mirror)
    title: str
    paragraphs: tuple[str, ...]
    snapshot_at: str
    date_style: str
    encoding: str = "utf-8"
    reprint: str = ""
    dup_of: str | None = None
    seed: str = ""

    @property
    def story_id(self) -> str:
        return self.story["id"]

    @property
    def number(self) -> int:
        return int(self.story["id"][1:])

    @property
    def category(self) -> str:
        return self.story["category"]

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def file(self) -> str:
        relative = self.path.lstrip("/")
        return relative + "index.html" if relative.endswith("/") or not relative else relative

    def shown_date(self) -> str:
        return text.show_date(self.story["published_at"], self.date_style)


def _digits(key: str, n: int) -> int:
    low = 10 ** (n - 1)
    return low + int(hashlib.sha1(key.encode()).hexdigest(), 16) % (9 * low)


def _site_path(story: dict, pattern: int, key: str) -> str:
    dt = text.parse_stamp(story["published_at"])
    day, month = f"{dt.day:02d}", f"{dt.month:02d}"
    if pattern == 0:
        return f"/a/{_digits(key, 4)}.html"
    if pattern == 1:
        return f"/news/{dt.year}{month}{day}/{_digits(key, 5)}.shtml"
    if pattern == 2:
        section = CATEGORIES[story["category"]]
        return f"/html/{section}/{dt.year}-{month}/{day}/content_{_digits(key, 7)}.htm"
    if pattern == 3:
        return f"/kz/{_digits(key, 6)}/"
    return f"/p/{dt.year}/{month}{day}/{hashlib.sha1(key.encode()).hexdigest()[:8]}.html"


def _mirror_path(story: dict, index: int, key: str) -> str:
    dt = text.parse_stamp(story["published_at"])
    if index % 2:
        return f"/view/{_digits(key, 6)}.html"
    return f"/snap/{dt.year}{dt.month:02d}/{hashlib.sha1(key.encode()).hexdigest()[:10]}.html"


def _unique(make, key: str, taken: set[str]) -> str:
    """A path from ``make(key)``, re-keyed until it is new, error-free and has no "500"."""
    while True:
        path = make(key)
        if path not in taken and "500" not in path:
            taken.add(path)
            return path
        key += "+"


def snapshot_after(stamp: str, n: int, days: int = 0) -> str:
    delta = timedelta(days=days, hours=2 + n * 5 % 19, minutes=n * 17 % 60, seconds=7 + n * 31 % 53)
    return (text.parse_stamp(stamp) + delta).strftime(text.STAMP)


def plan_site(stories: list[dict]) -> list[Page]:
    taken = set(SITE_ERRORS)
    pages: list[Page] = []
    for story in stories:
        if story.get("host", "site") != "site":
            continue
        sid, n = story["id"], int(story["id"][1:])
        layout = "B" if sid in LAYOUT_B else "A"
        pattern = (n + n // 5) % 5
        path = _unique(lambda k, s=story, p=pattern: _site_path(s, p, k), sid, taken)
        pages.append(
            Page(
                path=path,
                story=story,
                layout=layout,
                title=story["title"],
                paragraphs=tuple(story["paragraphs"]),
                snapshot_at=snapshot_after(story["published_at"], n),
                date_style=DATE_STYLES.get(sid, "cn" if layout == "B" else "full"),
                encoding="gbk" if sid == GBK_STORY else "utf-8",
                reprint=REPRINT.get(sid, ""),
            )
        )
    by_id = {p.story_id: p for p in pages}
    for sid in RESNAPSHOTS:
        first = by_id[sid]
        pattern = (first.number + first.number // 5 + 2) % 5
        path = _unique(lambda k, s=first.story, p=pattern: _site_path(s, p, k), sid + "/re", taken)
        pages.append(
            Page(
                path=path,
                story=first.story,
                layout=first.layout,
                title=first.title,
                paragraphs=first.paragraphs,
                snapshot_at=snapshot_after(first.story["published_at"], first.number, days=9),
                date_style=first.date_style,
                encoding=first.encoding,
                reprint=first.reprint,
                dup_of=first.path,
                seed="resnapshot",
            )
        )
    return pages


def plan_mirror(stories: list[dict], site_pages: list[Page]) -> tuple[list[Page], list, list]:
    """Mirror pages plus their near-duplicate and hard-negative records for the truth."""
    originals = {p.story_id: p for p in site_pages if p.dup_of is None}
    taken = set(MIRROR_ERRORS)
    pages: list[Page] = []
    near: list[dict] = []
    negatives: list[dict] = []

    def add(story: dict, title: str, paras: list[str]) -> Page:
        index = len(pages)
        key = f"{story['id']}/mirror"
        path = _unique(lambda k, s=story, i=index: _mirror_path(s, i, k), key, taken)
        page = Page(
            path=path,
            story=story,
            layout="C",
            title=title,
            paragraphs=tuple(paras),
            snapshot_at=snapshot_after(story["published_at"], index + 3, days=1),
            date_style="min",
        )
        pages.append(page)
        return page

    for i, (sid, edits) in enumerate(MIRROR_COPIES):
        first = originals[sid]
        title, paras = text.apply_edits(first.title, first.paragraphs, edits, REPORTERS[i % 5])
        page = add(first.story, title, paras)
        near.append(
            {
                "path": page.path,
                "dup_of_site": "site",
                "dup_of": first.path,
                "jaccard5": round(text.jaccard5(first.body, page.body), 4),
                "jaccard5_nfkc": round(text.jaccard5(first.body, page.body, nfkc=True), 4),
                "edits": list(edits),
            }
        )
    for story in stories:
        if story.get("host") != "mirror":
            continue
        page = add(story, story["title"], story["paragraphs"])
        if "shares_with" in story:
            other = originals[story["shares_with"]]
            shared = sum(len(p) for p in page.paragraphs if p in other.paragraphs)
            negatives.append(
                {
                    "path": page.path,
                    "shares_with_site": "site",
                    "shares_with": other.path,
                    "jaccard5": round(text.jaccard5(other.body, page.body), 4),
                    "shared_fraction": round(shared / len(text.squeeze(page.body)), 4),
                }
            )
    return pages, near, negatives
