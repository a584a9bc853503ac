"""The bundled demo sites (data/demo): the generated files, checked against stories and truth.

These tests read the static files only; the crawls of the same sites live in tests/e2e.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import subprocess
import sys
from collections import Counter, deque
from datetime import datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"
HOSTS = ("site", "mirror")
BASE = "http://demo.invalid/"
HREF = re.compile(r'href="([^"]*)"')
META_CHARSET = re.compile(rb"<meta[^>]*charset=\"?([A-Za-z0-9_-]+)", re.IGNORECASE)
HTML_SUFFIXES = (".html", ".htm", ".shtml")
CATEGORIES = {"社会", "财经", "科技", "国际", "体育", "文化"}


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def jaccard5(a: str, b: str) -> float:
    a, b = squeeze(a), squeeze(b)
    sa = {a[i : i + 5] for i in range(len(a) - 4)}
    sb = {b[i : i + 5] for i in range(len(b) - 4)}
    return len(sa & sb) / len(sa | sb)


def file_for(host: str, url: str) -> Path:
    relative = urlsplit(url).path.lstrip("/")
    if not relative or relative.endswith("/"):
        relative += "index.html"
    return DEMO / host / relative


def decode(data: bytes) -> str:
    match = META_CHARSET.search(data[:2048])
    charset = match.group(1).decode().lower() if match else "utf-8"
    return data.decode("gb18030" if charset in {"gb2312", "gbk", "gb18030"} else charset)


def same_host_links(page_url: str, markup: str) -> list[str]:
    """Hrefs of a page that stay on its host, as absolute paths with their query."""
    links = []
    for raw in HREF.findall(markup):
        href = html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(BASE + page_url.lstrip("/"), href))
        if f"{parts.scheme}://{parts.netloc}/" == BASE:
            links.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return links


def walk(host: str) -> dict[str, list[str]]:
    """Follow links from "/" through the static files: {page reached: its same-host links}."""
    seen: dict[str, list[str]] = {}
    queue = deque(["/"])
    while queue:
        path = queue.popleft()
        if path in seen:
            continue
        file = file_for(host, path)
        if not file.is_file() or not file.name.endswith(HTML_SUFFIXES):
            seen[path] = []
            continue
        seen[path] = same_host_links(path, decode(file.read_bytes()))
        queue.extend(urlsplit(link).path for link in seen[path])
    return seen


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads((DEMO / "truth.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def stories() -> list[dict]:
    return json.loads((DEMO / "stories.json").read_text("utf-8"))["stories"]


@pytest.fixture(scope="module")
def walked() -> dict[str, dict[str, list[str]]]:
    return {host: walk(host) for host in HOSTS}


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_build_is_deterministic_and_the_committed_files_are_current(tmp_path):
    subprocess.run(
        [sys.executable, str(DEMO / "build.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for host in HOSTS:
        fresh, committed = tree(tmp_path / host), tree(DEMO / host)
        assert sorted(fresh) == sorted(committed), host
        changed = [name for name in fresh if fresh[name] != committed[name]]
        assert not changed, f"{host}: rerun python data/demo/build.py ({changed[:3]})"
    assert (tmp_path / "truth.json").read_bytes() == (DEMO / "truth.json").read_bytes()


def test_stories_are_well_formed(stories):
    assert len(stories) >= 66
    assert len({s["id"] for s in stories}) == len({s["title"] for s in stories}) == len(stories)
    assert {s["category"] for s in stories} == CATEGORIES
    for s in stories:
        assert 4 <= len(s["paragraphs"]) <= 8, s["id"]
        assert 300 <= len(squeeze("".join(s["paragraphs"]))) <= 900, s["id"]
        assert datetime.strptime(s["published_at"], "%Y-%m-%d %H:%M:%S").year in {2025, 2026}
        assert s["source"], s["id"]
        assert s["source_url"].startswith(("http://", "https://")), s["id"]


def test_stories_are_distinct_except_the_hard_negatives(stories):
    allowed = {frozenset((s["id"], s["shares_with"])) for s in stories if "shares_with" in s}
    for a, b in itertools.combinations(stories, 2):
        if frozenset((a["id"], b["id"])) not in allowed:
            score = jaccard5("".join(a["paragraphs"]), "".join(b["paragraphs"]))
            assert score < 0.1, (a["id"], b["id"], score)


@pytest.mark.parametrize("host", HOSTS)
def test_every_article_file_holds_its_title_and_every_paragraph(truth, host):
    for article in truth["sites"][host]["articles"]:
        data = file_for(host, article["path"]).read_bytes()
        page = html.unescape(data.decode("gb18030" if article["encoding"] == "gbk" else "utf-8"))
        assert article["title"] in page, article["path"]
        for paragraph in article["body"].split("\n"):
            assert paragraph in page, (article["path"], paragraph[:20])
        assert article["source_url"] in page
        assert article["snapshot_at"] in page


@pytest.mark.parametrize("host", HOSTS)
def test_every_article_and_list_is_reachable_from_the_root(truth, walked, host):
    reached = set(walked[host])
    record = truth["sites"][host]
    assert {a["path"] for a in record["articles"]} <= reached
    assert set(record["lists"]) <= reached
    assert set(record["errors"]) <= reached
    assert set(record["non_html"]) <= reached


@pytest.mark.parametrize("host", HOSTS)
def test_every_link_resolves_to_a_file_or_a_declared_error(truth, walked, host):
    errors = truth["sites"][host]["errors"]
    dangling = {p for p in walked[host] if p not in errors and not file_for(host, p).is_file()}
    assert not dangling
    for path, status in errors.items():
        assert not file_for(host, path).is_file()
        if status != 404:
            routes = json.loads((DEMO / host / "_routes.json").read_text("utf-8"))
            assert routes[path]["status"] == status


def test_the_site_has_a_404_a_500_a_pdf_and_an_image(truth):
    record = truth["sites"]["site"]
    assert sorted(record["errors"].values()) == [404, 500]
    pdf, png = (file_for("site", p).read_bytes() for p in record["non_html"])
    assert pdf.startswith(b"%PDF")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")


@pytest.mark.parametrize("host", HOSTS)
def test_every_html_page_declares_its_charset(host):
    for file in (DEMO / host).rglob("*"):
        if file.name.endswith(HTML_SUFFIXES):
            assert META_CHARSET.search(file.read_bytes()[:2048]), file


def test_exactly_one_page_is_gbk_declared_gb2312(truth):
    articles = [a for h in HOSTS for a in truth["sites"][h]["articles"]]
    gbk = [a for a in articles if a["encoding"] == "gbk"]
    assert len(gbk) == 1
    assert gbk[0]["layout"] == "B"
    data = file_for("site", gbk[0]["path"]).read_bytes()
    assert b'<meta charset="gb2312">' in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    beyond_gb2312 = [c for c in gbk[0]["body"] if not _encodes(c, "gb2312")]
    assert beyond_gb2312
    assert all(_encodes(c, "gbk") for c in beyond_gb2312)
    others = [a for a in articles if a["encoding"] != "gbk"]
    assert all(a["encoding"] == "utf-8" for a in others)


def _encodes(char: str, codec: str) -> bool:
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def test_the_site_has_60_distinct_stories_in_two_layouts(truth):
    articles = truth["sites"]["site"]["articles"]
    assert len({a["story"] for a in articles}) >= 60
    layouts = Counter(a["layout"] for a in articles)
    assert layouts["A"] >= 45
    assert 10 <= layouts["B"] <= 15


def test_resnapshots_are_exact_duplicates_with_a_new_snapshot_time(truth):
    record = truth["sites"]["site"]
    by_path = {a["path"]: a for a in record["articles"]}
    assert len(record["duplicates"]) == 3
    for dup in record["duplicates"]:
        copy, first = by_path[dup["path"]], by_path[dup["dup_of"]]
        assert dup["kind"] == "exact"
        assert copy["story"] == first["story"]
        same = ("title", "body", "category", "published_at", "source", "source_url", "author")
        assert all(copy[k] == first[k] for k in same)
        assert copy["snapshot_at"] != first["snapshot_at"]


def test_mirror_near_duplicates_keep_a_high_jaccard(truth):
    site = {a["path"]: a for a in truth["sites"]["site"]["articles"]}
    mirror = {a["path"]: a for a in truth["sites"]["mirror"]["articles"]}
    near = truth["sites"]["mirror"]["near_duplicates"]
    assert len(near) >= 12
    for record in near:
        copy, first = mirror[record["path"]], site[record["dup_of"]]
        score = jaccard5(first["body"], copy["body"])
        assert score >= 0.85
        assert round(score, 4) == record["jaccard5"]
        assert (copy["title"], copy["body"]) != (first["title"], first["body"])
        assert record["edits"]


def test_mirror_hard_negatives_share_text_but_not_the_story(truth):
    site = {a["path"]: a for a in truth["sites"]["site"]["articles"]}
    mirror = {a["path"]: a for a in truth["sites"]["mirror"]["articles"]}
    negatives = truth["sites"]["mirror"]["hard_negatives"]
    assert len(negatives) >= 3
    for record in negatives:
        page, other = mirror[record["path"]], site[record["shares_with"]]
        score = jaccard5(other["body"], page["body"])
        assert score <= 0.5
        assert round(score, 4) == record["jaccard5"]
        shared = [p for p in page["body"].split("\n") if p in other["body"].split("\n")]
        assert 1 / 3 <= len("".join(shared)) / len(squeeze(page["body"])) <= 1 / 2
        assert page["story"] != other["story"]
    own = {a["story"] for a in mirror.values()} - {a["story"] for a in site.values()}
    assert len(own) >= 4 + len(negatives)


@pytest.mark.parametrize("host", HOSTS)
def test_tracking_aliases_are_linked_and_point_at_articles(truth, walked, host):
    record = truth["sites"][host]
    articles = {a["path"] for a in record["articles"]}
    linked = {link for links in walked[host].values() for link in links}
    assert record["url_aliases"]
    for alias in record["url_aliases"]:
        assert alias["url"] in linked
        assert alias["dup_of"] in articles
        assert urlsplit(alias["url"]).path == alias["dup_of"]


@pytest.mark.parametrize("host", HOSTS)
def test_noise_markers_are_on_the_pages_and_never_in_the_truth(truth, host):
    record = truth["sites"][host]
    pages = [decode(file_for(host, a["path"]).read_bytes()) for a in record["articles"]]
    for marker in record["noise_markers"]:
        assert any(marker in page for page in pages), marker
        assert not any(marker in a["body"] or marker in a["title"] for a in record["articles"])


def test_the_site_prints_dates_in_several_forms(truth):
    forms = {
        "nopad": r"\d{4}-\d{1,2}-\d{1,2} \d{2}:\d{2}:\d{2}",
        "slash": r"\d{4}/\d{2}/\d{2} \d{2}:\d{2}",
        "chinese": r"\d{4}年\d{2}月\d{2}日 \d{2}:\d{2}",
    }
    seen = set()
    for article in truth["sites"]["site"]["articles"]:
        page = decode(file_for("site", article["path"]).read_bytes())
        dt = datetime.strptime(article["published_at"], "%Y-%m-%d %H:%M:%S")
        shown = {
            "nopad": f"{dt.year}-{dt.month}-{dt.day} {dt:%H:%M:%S}",
            "slash": f"{dt:%Y/%m/%d %H:%M}",
            "chinese": f"{dt.year}年{dt:%m}月{dt:%d}日 {dt:%H:%M}",
        }
        seen |= {
            name
            for name, text in shown.items()
            if text in page and re.fullmatch(forms[name], text) and text != article["published_at"]
        }
    assert seen == set(forms)
