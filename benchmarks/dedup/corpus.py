"""A labelled dedup set built from real Chinese sentences in ../shared/corpus.

Sentences come from the gold bodies (JSON) and the text of the Chinese HTML pages;
articles are recombined from them, then copied with the edits republishers make,
and paired into hard negatives that share a third to a half of their text.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from w3lib.encoding import html_to_unicode

from snapcrawl.dedup import normalize_body

_SENTENCE_END = re.compile(r"(?<=[。！？；!?])|\n+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CREDITS = ["（记者 {}）", "（记者 {} 通讯员 {}）", "(记者:{})", "【编辑：{}】", "\n责任编辑：{}"]
_NAMES = ["王立新", "陈静", "刘洋", "赵敏", "孙浩", "周海", "吴婷", "郑凯", "林小雨", "何平"]
_PREFIXES = ["【快讯】", "原标题：", "转自：新闻客户端\n", "", ""]


@dataclass
class Doc:
    url: str
    body: str
    story: int  # documents of one story are duplicates of each other
    role: str  # "base", "copy", "neg"
    origin: int = -1  # for copies: the index of the base document


def _page_text(raw: bytes) -> str:
    _, text = html_to_unicode(None, raw)
    tree = lxml.html.fromstring(text)
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return "\n".join(tree.xpath("//p//text()|//div/text()|//td/text()"))


def corpus_texts(root: Path) -> Iterator[str]:
    """Article bodies and page texts of the Chinese folders of the corpus."""
    zh = root / "zh_cleaneval_immortal"
    for item in json.loads((zh / "gold" / "cleaned_ground.json").read_text()).values():
        yield item["articleBody"]
    for item in json.loads((root / "synthetic_snapshot_zh" / "gold.json").read_text()).values():
        yield item["body"]
    for item in json.loads(
        (root / "trafilatura_eval_zh" / "evaldata_zh.json").read_text()
    ).values():
        yield item.get("description") or ""
    pages = [
        *sorted((zh / "html").glob("*.html")),
        *sorted((root / "gne_tests_unlabeled" / "html").glob("*.html.gz")),
        *sorted((root / "trafilatura_eval_zh" / "html").glob("*.html")),
        *sorted((root / "readability_js_zh").glob("*/source.html")),
    ]
    for page in pages:
        raw = page.read_bytes()
        if page.suffix == ".gz":
            raw = gzip.decompress(raw)
        try:
            yield _page_text(raw)
        except (ValueError, lxml.etree.ParserError):
            continue


def sentences(root: Path) -> list[str]:
    """Distinct Chinese sentences (10 to 120 characters, mostly CJK), sorted."""
    seen: dict[str, str] = {}
    for text in corpus_texts(root):
        for raw in _SENTENCE_END.split(text):
            sentence = raw.strip()
            if not 10 <= len(sentence) <= 120:
                continue
            if len(_CJK.findall(sentence)) < 0.6 * len(sentence):
                continue
            seen.setdefault(normalize_body(sentence), sentence)
    return sorted(seen.values())


def _article(rng: random.Random, pool: list[str], count: int) -> list[str]:
    return rng.sample(pool, count)


def _join(parts: list[str], rng: random.Random) -> str:
    out, para = [], []
    for sentence in parts:
        para.append(sentence)
        if rng.random() < 0.35:
            out.append("".join(para))
            para = []
    if para:
        out.append("".join(para))
    return "\n".join(out)


def _substitute(text: str, rng: random.Random, count: int) -> str:
    chars = list(text)
    cjk = [i for i, ch in enumerate(chars) if _CJK.match(ch)]
    for i in rng.sample(cjk, min(count, len(cjk))):
        chars[i] = chr(0x4E00 + rng.randrange(0x5000))
    return "".join(chars)


def edit(parts: list[str], rng: random.Random, pool: list[str]) -> str:
    """An edited copy: what republishers do, at a random intensity."""
    parts = list(parts)
    for _ in range(rng.choice([0, 0, 1, 1, 1, 2, 3])):  # sentences dropped
        if len(parts) > 4:
            parts.pop(rng.randrange(len(parts)))
    if rng.random() < 0.25:  # a sentence added (an editor's note, a quote)
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(pool))
    if rng.random() < 0.2 and len(parts) > 6:  # two paragraphs swapped
        i = rng.randrange(len(parts) - 1)
        parts[i], parts[i + 1] = parts[i + 1], parts[i]
    text = _join(parts, rng)
    if rng.random() < 0.5:  # punctuation and width changed
        text = text.replace("，", ",").replace("：", ":").replace("“", '"').replace("”", '"')
    if rng.random() < 0.3:  # a few characters changed (typos, names, figures)
        text = _substitute(text, rng, rng.randint(1, 6))
    names = rng.sample(_NAMES, 2)
    credit = rng.choice(_CREDITS).format(*names) if rng.random() < 0.7 else ""
    return rng.choice(_PREFIXES) + text + credit


@dataclass
class DedupSet:
    docs: list[Doc]  # in arrival order; a copy always arrives after its base
    pool_size: int


def build_set(
    pool: list[str], *, articles: int, copies: int, negatives: int, seed: int = 7
) -> DedupSet:
    """``articles`` bases, ``copies`` edited copies, ``negatives`` hard-negative pairs."""
    rng = random.Random(seed)
    bases = [_article(rng, pool, rng.randint(8, 24)) for _ in range(articles)]
    docs = [
        Doc(f"https://site{i % 7}.example.cn/a/{i}.html", _join(parts, rng), i, "base")
        for i, parts in enumerate(bases)
    ]
    story = articles
    for pair in range(negatives):  # two stories sharing 1/3..1/2 of their sentences
        total = rng.randint(10, 24)
        shared = _article(rng, pool, round(total * rng.uniform(1 / 3, 1 / 2)))
        for side in (0, 1):
            own = _article(rng, pool, total - len(shared))
            parts = shared + own if rng.random() < 0.7 else own + shared
            docs.append(
                Doc(f"https://neg{side}.example.cn/{pair}.html", _join(parts, rng), story, "neg")
            )
            story += 1
    rng.shuffle(docs)
    position = {doc.url: i for i, doc in enumerate(docs)}
    inserts = []
    for c in range(copies):
        origin = rng.randrange(articles)
        body = edit(bases[origin], rng, pool)
        url = f"https://copy{c % 5}.example.cn/{c}.html"
        at = rng.randint(position[docs_url(origin)] + 1, len(docs))
        inserts.append((at, c, Doc(url, body, origin, "copy", origin)))
    for at, _, doc in sorted(inserts, key=lambda item: (item[0], item[1]), reverse=True):
        docs.insert(at, doc)
    return DedupSet(docs, len(pool))


def docs_url(origin: int) -> str:
    return f"https://site{origin % 7}.example.cn/a/{origin}.html"


def synthetic_stream(pool: list[str], count: int, seed: int = 11) -> Iterator[tuple[str, str]]:
    """``count`` recombined articles for the scale run, about 1 in 20 an edited copy."""
    rng = random.Random(seed)
    recent: list[list[str]] = []
    for i in range(count):
        if recent and rng.random() < 0.05:
            yield f"https://copy.example.cn/{i}.html", edit(rng.choice(recent), rng, pool)
            continue
        parts = _article(rng, pool, rng.randint(8, 24))
        if len(recent) < 1000:
            recent.append(parts)
        else:
            recent[rng.randrange(1000)] = parts
        yield f"https://site{i % 13}.example.cn/a/{i}.html", _join(parts, rng)
