"""Arrow columns built from their buffers, so that writing Parquet does not import pandas.

pyarrow imports pandas (~0.2 s) the first time it converts any Python value
(``pa.array``, ``pa.scalar``, ``Table.from_pydict``, even ``pc.field(...) == x``):
it asks whether the value is a pandas object first. A crawl that writes Parquet
paid that import in the crawler process, inside the measured crawl, although no
pandas object is ever written. Arrays made with ``pa.Array.from_buffers`` from
bytes convert no Python value, so nothing is imported.

:func:`arrow_column` builds the types our writers' schemas use (string, int64,
float64, timestamp[us] with or without a time zone, list<string>,
map<string, int64>) and gives the same array as ``pa.array(values, type=...)``:
nulls, empty strings, any UTF-8, naive datetimes read as UTC, aware ones
converted to UTC (tests/snapcrawl/store/test_arrow_columns.py compares both).
Any value it does not build exactly (a ``str`` subclass, a lone surrogate, a
bool in an int column, a time zone offset with microseconds ...) hands the whole
column to ``pa.array``, which converts it or raises its own error, as before.
A user's pipeline that uses pandas with pyarrow is unaffected: nothing is
blocked, pandas is simply not imported on our behalf.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import pyarrow as pa

# array typecodes of Arrow's int32 offsets and int64 values (sizes vary by platform)
_INT32 = next(code for code in "ilh" if array(code).itemsize == 4)
_INT64 = next(code for code in "qlL" if array(code).itemsize == 8)
_EPOCH = datetime(1970, 1, 1)
_MICROSECOND = timedelta(microseconds=1)


class _NotBuilt(Exception):
    """A value this module does not build exactly: pa.array converts the column."""


def arrow_column(values: Sequence[Any], type_: pa.DataType) -> pa.Array:
    """``pa.array(values, type=type_)``, built from buffers where the type allows."""
    try:
        return _build(values, type_)
    except (_NotBuilt, OverflowError):
        return pa.array(values, type=type_)


def arrow_table(columns: dict[str, Sequence[Any]], schema: pa.Schema) -> pa.Table:
    """``pa.Table.from_pydict(columns, schema=schema)`` for columns of equal length."""
    return pa.Table.from_arrays(
        [arrow_column(columns[field.name], field.type) for field in schema], schema=schema
    )


def _build(values: Sequence[Any], type_: pa.DataType) -> pa.Array:
    if type_ == pa.string():
        return _strings(values)
    if type_ == pa.int64():
        return _numbers(values, type_, int, _INT64)
    if type_ == pa.float64():
        return _numbers(values, type_, float, "d")
    if pa.types.is_timestamp(type_) and type_.unit == "us":
        return _timestamps(values, type_)
    if pa.types.is_list(type_) and type_.value_type == pa.string():
        return _string_lists(values, type_)
    if pa.types.is_map(type_) and type_.key_type == pa.string() and type_.item_type == pa.int64():
        return _maps(values, type_)
    raise _NotBuilt(str(type_))


def _validity(values: Sequence[Any]) -> pa.Buffer | None:
    """The validity bitmap (bit i clear where values[i] is None), or None without nulls."""
    bits: bytearray | None = None
    for i, value in enumerate(values):
        if value is None:
            if bits is None:
                bits = bytearray(b"\xff" * ((len(values) + 7) // 8))
            bits[i >> 3] &= ~(1 << (i & 7)) & 0xFF
    return None if bits is None else pa.py_buffer(bytes(bits))


def _strings(values: Sequence[Any]) -> pa.Array:
    parts = []
    offsets = array(_INT32, [0])
    end = 0
    for value in values:
        if value is not None:
            if type(value) is not str:
                raise _NotBuilt(type(value).__name__)
            try:
                data = value.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate: pa.array raises it
                raise _NotBuilt("not UTF-8") from None
            parts.append(data)
            end += len(data)
        offsets.append(end)  # OverflowError past 2 GiB: pa.array chunks the column
    buffers = [_validity(values), pa.py_buffer(offsets), pa.py_buffer(b"".join(parts))]
    return pa.Array.from_buffers(pa.string(), len(values), buffers)


def _numbers(values: Sequence[Any], type_: pa.DataType, kind: type, code: str) -> pa.Array:
    data = array(code)
    for value in values:
        if value is None:
            data.append(0)
        elif type(value) is kind:  # not bool, not an int in a float column
            data.append(value)  # OverflowError outside int64: pa.array says so
        else:
            raise _NotBuilt(type(value).__name__)
    return pa.Array.from_buffers(type_, len(values), [_validity(values), pa.py_buffer(data)])


def _timestamps(values: Sequence[Any], type_: pa.DataType) -> pa.Array:
    """Microseconds since the epoch, as pyarrow counts them: an aware datetime is
    converted to UTC, a naive one is read as UTC whatever the column's zone."""
    data = array(_INT64)
    for value in values:
        if value is None:
            data.append(0)
            continue
        if type(value) is not datetime:  # a date, a pandas Timestamp ...
            raise _NotBuilt(type(value).__name__)
        micros = (value.replace(tzinfo=None) - _EPOCH) // _MICROSECOND
        if value.tzinfo is not None:
            offset = value.utcoffset()
            # pyarrow drops an offset's microseconds; let it do so itself
            if offset is None or offset.microseconds:
                raise _NotBuilt("time zone offset")
            micros -= offset // _MICROSECOND
        data.append(micros)
    return pa.Array.from_buffers(type_, len(values), [_validity(values), pa.py_buffer(data)])


def _string_lists(values: Sequence[Any], type_: pa.DataType) -> pa.Array:
    items: list[Any] = []
    offsets = array(_INT32, [0])
    for value in values:
        if value is not None:
            if type(value) not in (list, tuple):
                raise _NotBuilt(type(value).__name__)
            items.extend(value)
        offsets.append(len(items))
    child = _strings(items)
    buffers = [_validity(values), pa.py_buffer(offsets)]
    return pa.Array.from_buffers(type_, len(values), buffers, children=[child])


def _maps(values: Sequence[Any], type_: pa.DataType) -> pa.Array:
    keys: list[Any] = []
    items: list[Any] = []
    offsets = array(_INT32, [0])
    for value in values:
        if value is not None:
            if type(value) is not dict:
                raise _NotBuilt(type(value).__name__)
            for key, item in value.items():
                if key is None:  # map keys cannot be null: pa.array raises
                    raise _NotBuilt("null key")
                keys.append(key)
                items.append(item)
        offsets.append(len(keys))
    entries_type = pa.struct([type_.key_field, type_.item_field])
    entries = pa.Array.from_buffers(
        entries_type,
        len(keys),
        [None],
        children=[_strings(keys), _numbers(items, pa.int64(), int, _INT64)],
    )
    buffers = [_validity(values), pa.py_buffer(offsets)]
    return pa.Array.from_buffers(type_, len(values), buffers, children=[entries])


__all__ = ["arrow_column", "arrow_table"]
