"""``snapcrawl demo`` twice into one folder, as a user runs it: the second run says what is
already there and adds nothing, and the ``host`` column tells the two demo sites apart."""

from __future__ import annotations

import re
import subprocess
import sys

import pyarrow.dataset as ds
import pytest

from tests.crawling import _env
from tests.ports import demo_ports_held

FAST = ("-s", "SNAPCRAWL_KEYWORDS_ENABLED=False")  # seconds of jieba; fetches the same pages


def demo(cwd) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "demo", *FAST],
        cwd=cwd,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def pages_fetched(stdout: str) -> list[int]:
    return [int(n) for n in re.findall(r"pages fetched (\d+)", stdout)]


@pytest.fixture(scope="module")
def two_demos(tmp_path_factory):
    cwd = tmp_path_factory.mktemp("demo-twice")
    with demo_ports_held(tmp_path_factory):  # both runs on the same ports, if free
        return cwd, demo(cwd).stdout, demo(cwd).stdout


def test_a_second_demo_says_the_data_is_there_and_adds_nothing(two_demos):
    cwd, first, second = two_demos
    total = int(re.search(r"\((\d+) articles in \d+ files\)", first).group(1))
    assert total > 60
    assert "already holds" not in first
    assert (
        f"snapcrawl demo: {cwd / 'data' / 'articles'} already holds {total} articles from an "
        "earlier run; this run adds what is new"
    ) in second
    assert f"({total} articles in " in second
    assert "0 added by this run" in second
    # Both runs on the fixed ports (another suite on the machine may hold one, and a moved
    # port is another host): the incremental layer skips the kept articles.
    if "is busy" not in first and "is busy" not in second:
        assert all(
            again < before
            for again, before in zip(pages_fetched(second), pages_fetched(first), strict=True)
        )


def test_the_host_column_keeps_the_demo_ports(two_demos):
    cwd, first, _ = two_demos
    hosts = (
        ds.dataset(cwd / "data" / "articles", partitioning="hive")
        .to_table(columns=["host"])
        .column("host")
        .to_pylist()
    )
    served = re.findall(r"crawling \w+ at http://(127\.0\.0\.1:\d+)/", first)
    assert len(served) == 2
    assert set(hosts) == set(served)  # two sites on one machine stay two hosts
