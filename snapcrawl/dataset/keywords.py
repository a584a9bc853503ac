"""An article's keywords: TF-IDF over title and body with jieba's dictionary and IDF table.

Words come from rjieba (jieba-rs, the Rust port of jieba, with jieba's own
dictionary and HMM), scored by TF-IDF against the IDF table shipped with the
``jieba`` package, exactly as ``jieba.analyse.extract_tags`` scores them, and
without the noise words. rjieba is ~20x faster than jieba's Python segmenter
with the same top-10 on almost every article (benchmarks/keywords/results.md),
which keeps keywords off the crawl's critical path. The IDF table and rjieba's
dictionary are loaded once per process (``load_model``, ~1 s, ~100 MB);
rjieba's default tokenizer is only read, never given words.

What is never a keyword: a word shorter than ``min_length``; a stopword
(``stopwords_zh.txt``, shipped with the package); a number, date, time or
ordinal (``2025年``, ``十五日``, ``12:30``, ``第三``) or a count (``三天``);
anything without a letter (punctuation, symbols); URL and file-name fragments.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from snapcrawl.dataset.idf_cache import cached_idf

logger = logging.getLogger(__name__)

STOPWORDS_FILE = "stopwords_zh.txt"

# Words made only of digits, Chinese numerals, and date/time/ordinal characters.
_NUMBER_OR_DATE = re.compile(
    r"^[0-9.,:/+\-%~第年月日号时分秒点半万亿千百十零〇一二三四五六七八九两几多余个]+$"
)
_WEEKDAY = re.compile(r"^(?:周|星期|礼拜)[一二三四五六日天末]$")
# A Chinese numeral with its measure word ("三天", "两局", "一季度"); "三峡", "一线" stay.
_COUNTED = re.compile(
    r"^[一二三四五六七八九十百千万亿两几半数]+"
    r"(?:天|年|月|周|次|个|位|名|家|户|件|条|项|种|批|成|倍|局|场|轮|代|季度?|岁|人|只|张"
    r"|届|期|层|座|台|辆|部|份|所|处|分钟|小时|公里|米|元|篇|遍|趟)$"
)
# Characters a keyword may hold besides letters and digits: C++, C#, COVID-19.
_INNER_SYMBOLS = frozenset("+#-")
# A number with its magnitude or date unit ("6500万", "100多万", "15日", "10时许"), not
# part of a name like 5G or G20: blanked before segmenting, so "6500万剂次" leaves no
# "万剂" and "15日晚" no "日晚" behind.
_QUANTITY = re.compile(
    r"(?<![A-Za-z0-9])[0-9][0-9.,]*(?:[万亿千百十多余年月日号时点分秒许]+|(?![A-Za-z0-9]))"
)

# Characters that are their own NFKC form and never compose: common ideographs, 、。
_NOT_STABLE = re.compile(r"[^\u3001\u3002\u4e00-\u9fff]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # raw: the pattern, not surrogates in the source


@dataclass(frozen=True)
class KeywordModel:
    """What scoring needs, loaded once: the segmenter, jieba's IDF table, our stopwords."""

    cut: Callable[[str], list[str]]
    tag: Callable[[str], list[tuple[str, str]]]
    idf: dict[str, float]
    median_idf: float
    max_idf: float
    stopwords: frozenset[str]
    load_seconds: float


_model: KeywordModel | None = None
_model_lock = threading.Lock()


def load_model() -> KeywordModel:
    """rjieba's dictionary, jieba's IDF table and our stopwords, loaded on first use here."""
    global _model
    with _model_lock:
        if _model is None:
            _model = _build_model()
        return _model


def _build_model() -> KeywordModel:
    started = time.perf_counter()
    import rjieba  # loads jieba's dictionary into jieba-rs at import

    idf, median_idf = load_idf()
    max_idf = max(idf.values(), default=median_idf)
    stopwords = load_stopwords()
    seconds = time.perf_counter() - started
    logger.debug("keywords model loaded in %.2fs (%d IDF words)", seconds, len(idf))
    return KeywordModel(rjieba.cut, rjieba.tag, idf, median_idf, max_idf, stopwords, seconds)


def idf_path() -> Path:
    """jieba's IDF table (``jieba/analyse/idf.txt``), found without importing jieba."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba (for its IDF table): pip install 'jieba>=0.42.1'")
    return Path(next(iter(spec.submodule_search_locations))) / "analyse" / "idf.txt"


def load_idf() -> tuple[dict[str, float], float]:
    """The IDF table and its median, the weight jieba gives a word it does not list;
    parsed once per installation of jieba, then read from a cache file (``idf_cache``)."""
    return cached_idf(idf_path(), parse_idf)


def parse_idf(path: Path) -> tuple[dict[str, float], float]:
    """``word weight`` lines of jieba's ``idf.txt``, and the median weight."""
    idf: dict[str, float] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, _, value = line.strip().partition(" ")
            if value:
                idf[word] = float(value)
    values = sorted(idf.values())
    return idf, values[len(values) // 2]


def load_stopwords() -> frozenset[str]:
    """The stopword list shipped with the package, lower-cased."""
    text = resources.files(__package__).joinpath(STOPWORDS_FILE).read_text("utf-8")
    words = (line.strip() for line in text.splitlines())
    return frozenset(word.lower() for word in words if word and not word.startswith("#"))


def is_keyword(word: str, stopwords: frozenset[str], min_length: int = 2) -> bool:
    """Whether a token may be a keyword at all (before any ranking).

    >>> is_keyword("疫苗", frozenset())
    True
    >>> [w for w in ["2025年", "十五日", "第三", "12:30", "——", "我们", "5G"]
    ...  if is_keyword(w, frozenset({"我们"}))]
    ['5G']
    """
    if len(word) < min_length or word.lower() in stopwords:
        return False
    if _NUMBER_OR_DATE.match(word) or _WEEKDAY.match(word) or _COUNTED.match(word):
        return False
    has_letter = False
    for char in word:
        category = unicodedata.category(char)
        if category[0] == "L":
            has_letter = True
        elif category[0] != "N" and char not in _INNER_SYMBOLS:
            return False
    return has_letter


@dataclass(frozen=True)
class KeywordExtractor:
    """An article's top keywords by TF-IDF (jieba's IDF table), best first.

    ``allow_pos`` keeps only words whose jieba part-of-speech tag is listed
    (e.g. ``("n", "nr", "ns", "nt", "nz", "vn")``); empty keeps any word and
    skips POS tagging. The title is counted ``title_weight`` times: once by
    default, like any sentence of the body; more favours the title's words.
    """

    top_k: int = 10
    allow_pos: tuple[str, ...] = ()
    min_length: int = 2
    title_weight: int = 1

    def __post_init__(self) -> None:
        if isinstance(self.top_k, bool) or not isinstance(self.top_k, int) or self.top_k < 1:
            raise ValueError(f"top_k={self.top_k!r}: use a whole number of keywords, at least 1")
        if self.min_length < 1:
            raise ValueError(f"min_length={self.min_length!r}: use at least 1 character")
        if self.title_weight < 0:
            raise ValueError(f"title_weight={self.title_weight!r}: use 0 or more")
        object.__setattr__(self, "allow_pos", tuple(self.allow_pos))

    def extract(self, title: str | None, body: str | None) -> list[str]:
        """Up to ``top_k`` keywords of one article; ``[]`` when it has no usable words."""
        text = _article_text(title, body, self.title_weight)
        if not text:
            return []
        model = load_model()
        try:
            words = self._words(model, text)
        except UnicodeEncodeError:  # a lone surrogate (U+D800), which rjieba cannot take
            words = self._words(model, _SURROGATE.sub("", text))
        return top_keywords(words, model, self.top_k, self.min_length)

    def _words(self, model: KeywordModel, text: str) -> list[str]:
        if self.allow_pos:
            allowed = set(self.allow_pos)
            return [word for word, flag in model.tag(text) if flag in allowed]
        return model.cut(text)


def top_keywords(words: list[str], model: KeywordModel, top_k: int, min_length: int) -> list[str]:
    """The ``top_k`` best words by term frequency x IDF, as ``jieba.analyse`` ranks them.

    Ties keep the order of first appearance, like jieba's stable sort. Ranked
    first, filtered after (as jieba filters its stopwords), so ``is_keyword`` runs
    on a few dozen words. Words are scored by count, most frequent first, and
    scoring stops once a count times the largest IDF falls below the ``top_k``-th
    keyword's score: no word left can reach the list (most of an article's words
    occur once), and each IDF lookup is a cache miss in a 350,000-word table.
    """
    by_count: dict[int, list[tuple[int, str]]] = {}
    for position, (word, count) in enumerate(Counter(words).items()):
        if len(word) >= min_length:
            by_count.setdefault(count, []).append((position, word))
    idf, median, ceiling = model.idf, model.median_idf, model.max_idf
    stopwords = model.stopwords
    scores: dict[str, tuple[float, int]] = {}
    allowed: dict[str, bool] = {}
    keywords: list[str] = []
    for count in sorted(by_count, reverse=True):
        if len(keywords) == top_k and count * ceiling < scores[keywords[-1]][0]:
            break
        for position, word in by_count[count]:
            scores[word] = (count * idf.get(word, median), -position)
        keywords = []
        for word in sorted(scores, key=scores.__getitem__, reverse=True):
            if word not in allowed:
                allowed[word] = is_keyword(word, stopwords, min_length)
            if allowed[word]:
                keywords.append(word)
                if len(keywords) == top_k:
                    break
    return keywords


def _article_text(title: str | None, body: str | None, title_weight: int) -> str:
    """Title (repeated) and body as one NFKC text, numbers and their magnitudes blanked.

    NFKC first, so full-width digits and letters are ASCII when numbers are found.
    """
    parts = [title.strip()] * title_weight if title and title.strip() else []
    if body and body.strip():
        parts.append(body)
    text = to_nfkc("\n".join(parts))
    return _QUANTITY.sub(" ", text).strip()


def to_nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, three times faster on Chinese text.

    Only the runs between common ideographs and 、。 are normalised: those
    characters are their own NFKC form and compose with nothing, so the result is
    the same (a test checks it), and most of a Chinese text is skipped.

    >>> to_nfkc("５Ｇ网络，覆盖全国。")
    '5G网络,覆盖全国。'
    """
    return _NOT_STABLE.sub(_normalize_run, text)


def _normalize_run(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


def extract_keywords(extractor: KeywordExtractor, title: str | None, body: str | None) -> list[str]:
    """``extractor.extract(title, body)`` as a module-level function, for process pools."""
    return extractor.extract(title, body)
