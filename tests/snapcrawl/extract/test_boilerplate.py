from __future__ import annotations

import sqlite3

import pytest

from snapcrawl.extract import BoilerplateConfig, BoilerplateMemory, extract_article
from snapcrawl.extract.boilerplate import line_key

HOST = "kuaizhao.example.net"
SLOGAN = "南城融媒体中心每天为您精选本地好文章，感谢您一路相伴。"  # no rule knows this wording


PLACES = "东西南北中"
TOPICS = [
    "就业",
    "交通",
    "水利",
    "教育",
    "医疗",
    "养老",
    "住房",
    "文旅",
    "农业",
    "环保",
    "科技",
    "体育",
]


def _page(i: int, quote: str = "") -> str:
    topic, place = TOPICS[i], PLACES[i % 5]
    story = [
        f"{place}城区围绕{topic}工作召开专题会议，部署下一阶段的{topic}重点任务和保障措施。",
        f"会上，{place}城区有关部门负责人通报了{topic}领域的进展情况，并回答了记者提问。",
    ]
    if quote:
        story.append(quote)
    return (
        "<html><body><div class='text'>"
        + "".join(f"<p>{s}</p>" for s in [*story, SLOGAN])
        + "</div></body></html>"
    )


def test_recurring_line_is_learned_and_removed(tmp_path):
    quote = "专家指出，稳就业的关键在于稳住市场主体，这一点已经成为各方共识，需要持续发力。"
    with BoilerplateMemory.open(tmp_path / "state" / "bp.sqlite") as memory:
        for i in range(8):
            extract_article(
                _page(i, quote if i in (2, 5) else ""),
                f"https://{HOST}/a/{i}.html",
                boilerplate=memory,
            )
        article = extract_article(_page(9, quote), f"https://{HOST}/a/9.html", boilerplate=memory)
    assert SLOGAN not in article.body  # on 100% of the host's pages
    assert SLOGAN in article.noise
    assert quote in article.body  # a story quoted by two pages is not boilerplate


def test_nothing_learned_before_enough_pages(tmp_path):
    with BoilerplateMemory.open(tmp_path / "bp.sqlite") as memory:
        for i in range(3):
            article = extract_article(_page(i), f"https://{HOST}/a/{i}.html", boilerplate=memory)
        assert SLOGAN in article.body


def test_persisted_for_the_next_run_and_per_host(tmp_path):
    path = tmp_path / "bp.sqlite"
    with BoilerplateMemory.open(path) as memory:
        for i in range(10):
            extract_article(_page(i), f"https://{HOST}/a/{i}.html", boilerplate=memory)
    with BoilerplateMemory.open(path) as memory:
        assert memory.pages_seen(HOST) == 10
        assert memory.is_boilerplate(HOST, SLOGAN)
        assert not memory.is_boilerplate("other.example.com", SLOGAN)
        article = extract_article(_page(11), f"https://{HOST}/a/11.html", boilerplate=memory)
    assert SLOGAN not in article.body


def test_digits_are_folded():
    assert line_key("快照生成时间：2025-02-13 20:45:02") == line_key(
        "快照生成时间：2024-11-01 08:00:00"
    )


def test_flushes_in_batches(tmp_path):
    path = tmp_path / "bp.sqlite"
    memory = BoilerplateMemory.open(path, BoilerplateConfig(flush_every=5))
    for i in range(4):
        memory.record(HOST, [f"第{i}行", "固定的一行文字"])
    rows = sqlite3.connect(path).execute("SELECT COUNT(*) FROM hosts").fetchone()[0]
    assert rows == 0  # nothing written yet
    memory.record(HOST, ["固定的一行文字"])
    assert sqlite3.connect(path).execute("SELECT pages FROM hosts").fetchone()[0] == 5
    memory.close()


@pytest.mark.parametrize(("share", "expected"), [(0.3, True), (0.9, False)])
def test_share_threshold(tmp_path, share, expected):
    memory = BoilerplateMemory.open(tmp_path / "bp.sqlite", BoilerplateConfig(min_share=share))
    for i in range(10):
        memory.record(HOST, ["半数页面都有的一行"] if i % 2 else [f"独有的一行{i}"])
    assert memory.is_boilerplate(HOST, "半数页面都有的一行") is expected
    memory.close()


def _counts(path) -> tuple[int, dict[str, int]]:
    conn = sqlite3.connect(path)
    pages = conn.execute("SELECT pages FROM hosts WHERE host = ?", (HOST,)).fetchone()[0]
    lines = dict(conn.execute("SELECT sample, pages FROM lines WHERE host = ?", (HOST,)))
    conn.close()
    return pages, lines


def test_two_memories_on_one_file_add_up(tmp_path):
    # Two crawler workers share one file: each flush adds its own increments, so neither
    # overwrites the other's counts with totals it read earlier.
    path = tmp_path / "bp.sqlite"
    config = BoilerplateConfig(flush_every=3)
    first, second = BoilerplateMemory.open(path, config), BoilerplateMemory.open(path, config)
    for i in range(20):
        memory = first if i % 2 else second
        memory.record(HOST, ["固定的一行文字", f"第{'一二'[i % 2]}个进程的行"])
    first.close()
    second.close()
    pages, lines = _counts(path)
    assert pages == 20
    assert lines == {"固定的一行文字": 20, "第一个进程的行": 10, "第二个进程的行": 10}
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_flush_brings_in_what_the_others_counted(tmp_path):
    path = tmp_path / "bp.sqlite"
    config = BoilerplateConfig(flush_every=1000, min_pages=4, min_count=2)
    first, second = BoilerplateMemory.open(path, config), BoilerplateMemory.open(path, config)
    for _ in range(3):
        first.record(HOST, ["两边都有的一行"])
        second.record(HOST, ["两边都有的一行"])
    assert not first.is_boilerplate(HOST, "两边都有的一行")  # 3 pages: too few to judge
    second.flush()
    first.flush()
    assert first.pages_seen(HOST) == 6
    assert first.is_boilerplate(HOST, "两边都有的一行")
    first.close()
    second.close()


def _record_in_process(path: str, tag: str, pages: int) -> None:
    with BoilerplateMemory.open(path, BoilerplateConfig(flush_every=2)) as memory:
        for _ in range(pages):
            memory.record(HOST, ["固定的一行文字", tag])


def test_processes_sharing_a_file_lose_no_counts(tmp_path):
    import multiprocessing

    path = str(tmp_path / "bp.sqlite")
    ctx = multiprocessing.get_context("spawn")
    workers = [
        ctx.Process(target=_record_in_process, args=(path, f"第{'一二三'[i]}个进程的行", 15))
        for i in range(3)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    pages, lines = _counts(path)
    assert pages == 45
    assert lines == {"固定的一行文字": 45, **{f"第{n}个进程的行": 15 for n in "一二三"}}
