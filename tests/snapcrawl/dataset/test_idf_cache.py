"""The IDF cache: built once, reused, rebuilt when damaged or when idf.txt changes, and
never in the way (an unwritable cache directory parses idf.txt as before)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from snapcrawl.dataset import idf_cache
from snapcrawl.dataset.idf_cache import cached_idf
from snapcrawl.dataset.keywords import idf_path, load_idf, parse_idf


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("SNAPCRAWL_CACHE_DIR", str(directory))
    return directory


@pytest.fixture
def source(tmp_path) -> Path:
    path = tmp_path / "idf.txt"
    path.write_text("疫苗 8.5\n接种 7.25\nC++ 11.0\n新冠 9.0\n", "utf-8")
    return path


class CountingParser:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, path: Path) -> tuple[dict[str, float], float]:
        self.calls += 1
        return parse_idf(path)


def test_built_once_then_read_back_exactly(cache, source):
    parse = CountingParser()
    first = cached_idf(source, parse)
    again = cached_idf(source, parse)
    assert parse.calls == 1
    assert first == again == ({"疫苗": 8.5, "接种": 7.25, "C++": 11.0, "新冠": 9.0}, 9.0)
    assert list(again[0]) == list(first[0])  # same order too
    assert len(list(cache.iterdir())) == 1


def test_a_changed_idf_txt_gets_a_new_cache_and_the_old_one_goes(cache, source):
    parse = CountingParser()
    cached_idf(source, parse)
    old = list(cache.iterdir())
    source.write_text("疫苗 1.5\n", "utf-8")
    os.utime(source, ns=(1, 1))  # a different mtime even on a coarse clock
    assert cached_idf(source, parse) == ({"疫苗": 1.5}, 1.5)
    assert parse.calls == 2
    assert list(cache.iterdir()) != old
    assert len(list(cache.iterdir())) == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:-3],  # one weight short
        lambda data: b"not json\n" + data,
        lambda data: b"",
        lambda data: data.replace(b'"count": 4', b'"count": 5'),
    ],
)
def test_a_damaged_cache_is_rebuilt(cache, source, damage):
    parse = CountingParser()
    expected = cached_idf(source, parse)
    (path,) = cache.iterdir()
    path.write_bytes(damage(path.read_bytes()))
    assert cached_idf(source, parse) == expected
    assert parse.calls == 2
    assert cached_idf(source, parse) == expected  # and the rebuilt file is good again
    assert parse.calls == 2


def test_an_unwritable_cache_directory_only_means_parsing_each_time(cache, source):
    cache.parent.mkdir(exist_ok=True)
    cache.write_text("a file where the directory should be")
    parse = CountingParser()
    assert cached_idf(source, parse) == cached_idf(source, parse)
    assert parse.calls == 2


def test_jiebas_own_table_reads_back_as_parsed(cache):
    expected = parse_idf(idf_path())
    assert load_idf() == expected  # built
    assert load_idf() == expected  # read back
    assert len(expected[0]) > 200_000


def test_the_cache_directory_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("SNAPCRAWL_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert idf_cache.cache_dir() == tmp_path / "snapcrawl"
    monkeypatch.setenv("SNAPCRAWL_CACHE_DIR", str(tmp_path / "mine"))
    assert idf_cache.cache_dir() == tmp_path / "mine"


def test_installations_sharing_the_cache_keep_their_own_files(cache, tmp_path):
    # two virtualenvs with different jieba versions, one ~/.cache: neither evicts the other
    first, second = tmp_path / "a" / "idf.txt", tmp_path / "b" / "idf.txt"
    for path, weight in ((first, "1.5"), (second, "2.5")):
        path.parent.mkdir()
        path.write_text(f"疫苗 {weight}\n", "utf-8")
    parse = CountingParser()
    for _ in range(2):
        assert cached_idf(first, parse) == ({"疫苗": 1.5}, 1.5)
        assert cached_idf(second, parse) == ({"疫苗": 2.5}, 2.5)
    assert parse.calls == 2
    assert len(list(cache.iterdir())) == 2


def test_a_file_whose_idf_txt_is_gone_is_removed_on_the_next_build(cache, tmp_path, source):
    gone = tmp_path / "old" / "idf.txt"
    gone.parent.mkdir()
    gone.write_text("疫苗 3.5\n", "utf-8")
    parse = CountingParser()
    cached_idf(gone, parse)
    gone.unlink()
    (cache / f"{idf_cache.PREFIX}junk{idf_cache.SUFFIX}").write_bytes(b"\xff not a header")
    cached_idf(source, parse)
    assert len(list(cache.iterdir())) == 1  # the gone one and the junk are removed
    assert cached_idf(source, parse) == parse_idf(source)
    assert parse.calls == 2
