"""arrow_column gives exactly pa.array's column, and converts no Python value doing so."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snapcrawl.store.arrow_columns import arrow_column, arrow_table
from snapcrawl.store.schema import ARTICLE_SCHEMA, DUPLICATE_SCHEMA, RUN_SCHEMA

SHANGHAI = ZoneInfo("Asia/Shanghai")
STRING = pa.string()
TYPES = {
    "string": STRING,
    "int64": pa.int64(),
    "float64": pa.float64(),
    "shanghai": pa.timestamp("us", tz="Asia/Shanghai"),
    "utc": pa.timestamp("us", tz="UTC"),
    "naive": pa.timestamp("us"),
    "list": pa.list_(pa.string()),
    "map": pa.map_(pa.string(), pa.int64()),
}


def same_column(values, type_):
    """Both builds agree bit for bit (floats compared as bits: NaN, -0.0), or raise alike."""
    try:
        expected = pa.array(values, type=type_)
    except Exception as error:
        with pytest.raises(type(error)):
            arrow_column(values, type_)
        return
    got = arrow_column(values, type_)
    got.validate(full=True)
    assert got.type == expected.type
    assert got.null_count == expected.null_count
    if type_ == pa.float64():
        assert got.view(pa.int64()).equals(expected.view(pa.int64()))
    else:
        assert got.equals(expected)


text = st.text(alphabet=st.characters(codec="utf-8"))
any_text = st.text()  # lone surrogates included
zones = st.sampled_from(
    [None, UTC, SHANGHAI, ZoneInfo("America/New_York"), timezone(timedelta(hours=-3, minutes=-30))]
)
datetimes = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=zones
)


@settings(max_examples=200)
@given(st.lists(st.none() | any_text))
def test_strings(values):
    same_column(values, STRING)


@settings(max_examples=200)
@given(st.lists(st.none() | st.integers(min_value=-(2**64), max_value=2**64) | st.booleans()))
def test_int64(values):
    same_column(values, pa.int64())


@settings(max_examples=200)
@given(st.lists(st.none() | st.floats() | st.integers(min_value=-10, max_value=10)))
def test_float64(values):
    same_column(values, pa.float64())


@settings(max_examples=300)
@given(st.lists(st.none() | datetimes), st.sampled_from(["shanghai", "utc", "naive"]))
def test_timestamps(values, zone):
    same_column(values, TYPES[zone])


@settings(max_examples=200)
@given(st.lists(st.none() | st.lists(st.none() | text) | st.tuples(text, text)))
def test_string_lists(values):
    same_column(values, TYPES["list"])


@settings(max_examples=200)
@given(st.lists(st.none() | st.dictionaries(text, st.none() | st.integers(-(2**70), 2**70))))
def test_maps(values):
    same_column(values, TYPES["map"])


@pytest.mark.parametrize(
    ("values", "type_"),
    [
        ([], STRING),
        ([None, None], STRING),
        (["", "", None], STRING),
        (["😀中文", "\U0010ffff", "\x00"], STRING),
        (["ok", "\ud800"], STRING),  # a lone surrogate: pa.array's own error
        (["ok", b"bytes"], STRING),  # not a str: pa.array decides
        ([True, 1], pa.int64()),
        ([2**63], pa.int64()),
        ([1, 2.5], pa.float64()),
        ([datetime(2025, 2, 13, 15, 50)], TYPES["shanghai"]),  # naive: read as UTC
        ([datetime(2025, 2, 13, 15, 50, tzinfo=SHANGHAI)], TYPES["utc"]),
        ([datetime(2025, 11, 2, 1, 30, fold=1, tzinfo=ZoneInfo("America/New_York"))], TYPES["utc"]),
        (
            [datetime(2025, 1, 1, tzinfo=timezone(timedelta(seconds=3, microseconds=5)))],
            TYPES["utc"],
        ),
        ([datetime(2025, 1, 1).date()], TYPES["utc"]),
        ([["a", None], [], None, ("b",)], TYPES["list"]),
        ([["a", 1]], TYPES["list"]),
        ([{"a": 1, "b": None}, {}, None], TYPES["map"]),
        ([[("a", 1)]], TYPES["map"]),  # pairs: pa.array accepts them
        ([{None: 1}], TYPES["map"]),
        ([["x"]], pa.list_(pa.int64())),  # a type this module does not build
    ],
)
def test_edge_cases(values, type_):
    same_column(values, type_)


def test_tables_of_every_schema_match_from_pydict():
    article = {
        "url": "http://example.com/a/1.html",
        "title": "标题",
        "body": "第一段\n第二段",
        "published_at": datetime(2025, 2, 13, 15, 50, tzinfo=SHANGHAI),
        "crawled_at": datetime(2026, 1, 18, 8, 0, tzinfo=UTC),
        "noise": ["快照生成时间:2025-02-13 20:45:02"],
        "keywords": [],
    }
    run = {"run_id": "r", "pages_fetched": 3, "errors": {"timeout": 2}, "finished_at": None}
    duplicate = {"url": "u", "similarity": 0.93, "detected_at": datetime(2026, 1, 18)}
    for schema, row in [
        (ARTICLE_SCHEMA, article),
        (RUN_SCHEMA, run),
        (DUPLICATE_SCHEMA, duplicate),
    ]:
        rows = [row, {"url": None}, {}]
        columns = {name: [r.get(name) for r in rows] for name in schema.names}
        expected = pa.Table.from_pydict(columns, schema=schema)
        got = arrow_table(columns, schema)
        assert got.equals(expected, check_metadata=True)
        assert got.schema.metadata == schema.metadata


def test_writing_a_batch_does_not_import_pandas(tmp_path):
    """The point of the module: a crawl's Parquet files, written without pandas."""
    script = textwrap.dedent(
        f"""
        import sys
        from datetime import UTC, datetime
        from snapcrawl.store import ARTICLE_SCHEMA, RUN_SCHEMA, ParquetSink
        sink = ParquetSink({str(tmp_path)!r}, ARTICLE_SCHEMA, "run1")
        sink.add({{"url": "http://e.com/1", "title": "标题", "noise": ["x"],
                  "published_at": datetime(2025, 2, 13, tzinfo=UTC), "crawl_date": "2025-02-13"}})
        assert sink.close()
        runs = ParquetSink({str(tmp_path / "runs")!r}, RUN_SCHEMA, "run1", partition_by=None)
        runs.add({{"run_id": "run1", "errors": {{"timeout": 1}}, "pages_fetched": 3}})
        assert runs.close()
        print("pandas" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
