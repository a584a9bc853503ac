"""Whether a Parquet file belongs to a table: its columns must not contradict the table's.

A file that reads (its footer is fine) can still be foreign: another tool's output
copied into ``articles/``, a table's file dropped into another table. Readers unify the
files' schemas; one whose ``title`` is an integer makes every read of the table fail
("Failed to parse string … as a scalar of type int64"), ``snapcrawl compact`` among
them, with nothing naming the file. So ``snapcrawl state check`` treats such a file as
unreadable (named, quarantined with ``--quarantine``), and the readers name it.

Files of older snapcrawl versions lack newer columns, and a partition column is not in
the files: missing columns are fine. A column of the table is checked by its kind only
(text, whole number, time, list …), so a file rewritten by another writer (polars'
``large_string``, a timestamp in another unit) still belongs.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.types as pat

from snapcrawl.layout import ARTICLES, DUPLICATES, RUNS
from snapcrawl.store.schema import ARTICLE_SCHEMA, DUPLICATE_SCHEMA, RUN_SCHEMA

TABLE_SCHEMAS = {ARTICLES: ARTICLE_SCHEMA, DUPLICATES: DUPLICATE_SCHEMA, RUNS: RUN_SCHEMA}

_KINDS = (
    ("text", lambda t: pat.is_string(t) or pat.is_large_string(t) or pat.is_string_view(t)),
    ("a whole number", pat.is_integer),
    ("a number", pat.is_floating),
    ("a time", pat.is_timestamp),
    ("a map", pat.is_map),  # before list: a map is a list of entries to pyarrow
    ("a list", lambda t: pat.is_list(t) or pat.is_large_list(t) or pat.is_list_view(t)),
)


def _kind(data_type: pa.DataType) -> str:
    for name, test in _KINDS:
        if test(data_type):
            return name
    return str(data_type)


def misfit(table: str, schema: pa.Schema) -> str | None:
    """None when a file with ``schema`` can be one of ``table``'s, else why it cannot."""
    declared = TABLE_SCHEMAS.get(table)
    if declared is None:
        return None
    shared = [name for name in schema.names if declared.get_field_index(name) >= 0]
    if not shared:
        shown = ", ".join(schema.names[:4]) + (" …" if len(schema.names) > 4 else "")
        return f"none of its columns ({shown}) is a column of the {table} table"
    for name in shared:
        have, want = _kind(schema.field(name).type), _kind(declared.field(name).type)
        if have != want:
            return f"its column {name} is {have}, the {table} table's is {want}"
    return None
