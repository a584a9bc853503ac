"""A Redis dedup store checked against the dataset and refilled from it (real redis-server)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import pytest
import redis

from snapcrawl.dedup import DedupConfig, DedupIndex, open_store
from snapcrawl.layout import DataDir
from snapcrawl.state.redis_sync import check_store, refill_store
from snapcrawl.store.filesystem import DatasetLocation
from tests.snapcrawl.dedup.texts import HARVEST, LIBRARY, METRO, TREES

STORIES = {
    "http://a.example/trees.html": "".join(TREES),
    "http://a.example/metro.html": "".join(METRO),
    "http://a.example/library.html": "".join(LIBRARY),
}


@pytest.fixture
def redis_spec(redis_server: str) -> str:
    return f"{redis_server}/0?prefix=sync-{uuid.uuid4().hex[:12]}"


def write_articles(data_dir, rows: dict[str, str]) -> DataDir:
    """A dataset holding ``rows`` (url -> body), as one Parquet file of articles/."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    table = pa.table(
        {
            "url": list(rows),
            "body": list(rows.values()),
            "run_id": ["r1"] * len(rows),
            "crawled_at": pa.array(
                [start + timedelta(minutes=i) for i in range(len(rows))], pa.timestamp("us", "UTC")
            ),
        }
    )
    folder = data_dir / "articles" / "crawl_date=2026-01-01"
    folder.mkdir(parents=True)
    pq.write_table(table, folder / "part-0.parquet")
    return DataDir(data_dir)


def test_an_empty_redis_is_refilled_with_every_story_of_the_dataset(redis_spec, tmp_path):
    layout = write_articles(tmp_path, STORIES)
    with DedupIndex(open_store(redis_spec)) as index:
        check = check_store(index, layout)
        assert (check.articles, len(check.missing), check.ok) == (3, 3, False)
        assert refill_store(index, layout) == 3
        assert check_store(index, layout).ok
        assert refill_store(index, layout) == 0  # nothing left to do
        # the stories are known again: by URL, and as copies under another URL
        assert (
            index.check_and_add(
                "http://a.example/trees.html", STORIES["http://a.example/trees.html"]
            ).kind
            == "url"
        )
        copy = index.check_and_add("http://b.example/copy.html", "".join(METRO))
        assert (copy.kind, copy.dup_of) == ("exact", "http://a.example/metro.html")
        assert index.check_and_add("http://a.example/harvest.html", "".join(HARVEST)) is None


def test_a_written_story_left_pending_by_a_worker_that_lost_redis_is_committed(
    redis_spec, tmp_path
):
    layout = write_articles(tmp_path, STORIES)
    config = DedupConfig(lease_seconds=30)
    lost = DedupIndex(open_store(redis_spec), config)  # wrote its row, never committed
    assert (
        lost.check_and_add("http://a.example/metro.html", STORIES["http://a.example/metro.html"])
        is None
    )
    with DedupIndex(open_store(redis_spec), config) as index:
        check = check_store(index, layout)
        assert check.pending == ("http://a.example/metro.html",)
        assert len(check.missing) == 2
        assert refill_store(index, layout) == 3
        assert check_store(index, layout).ok
        prefix = index.store.prefix
    client = redis.Redis.from_url(redis_spec.split("?")[0])
    assert client.ttl(f"{prefix}:doc:http://a.example/metro.html") == -1  # persistent now
    # the dead worker's recovery may no longer drop it
    assert lost.store.release(lost.store.owner, ["http://a.example/metro.html"]) == 0


class CountingHandler(pafs.FileSystemHandler):
    """The local disk, counting the Parquet files opened for reading (a real filesystem:
    pyarrow reads through it as it reads any other)."""

    def __init__(self) -> None:
        self.local = pafs.LocalFileSystem()
        self.opened = 0

    def open_input_file(self, path):
        if path.endswith(".parquet"):
            self.opened += 1
        return self.local.open_input_file(path)

    def open_input_stream(self, path):
        return self.local.open_input_stream(path)

    def get_type_name(self):
        return "counting"

    def normalize_path(self, path):
        return self.local.normalize_path(path)

    def get_file_info(self, paths):
        return self.local.get_file_info(paths)

    def get_file_info_selector(self, selector):
        return self.local.get_file_info(selector)

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other

    def _refused(self, *args):
        raise OSError("read-only in this test")

    create_dir = delete_dir = delete_dir_contents = delete_root_dir_contents = _refused
    delete_file = move = copy_file = open_output_stream = open_append_stream = _refused


def test_the_refill_reads_the_dataset_once_however_many_batches(redis_spec, tmp_path):
    write_articles(tmp_path, STORIES)
    handler = CountingHandler()
    dataset = DatasetLocation(pafs.PyFileSystem(handler), str(tmp_path))
    with DedupIndex(open_store(redis_spec)) as index:
        check = check_store(index, dataset)
        assert handler.opened == 1  # the url column of the one file
        assert refill_store(index, dataset, batch=1, check=check) == 3  # three batches
        assert handler.opened == 2  # one more pass, not one per batch
        assert check_store(index, dataset).ok
