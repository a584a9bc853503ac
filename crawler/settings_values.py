"""Read and validate snapcrawl settings, so a wrong value stops the run at start."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy.settings import BaseSettings

from snapcrawl.errors import ConfigError
from snapcrawl.store.filesystem import DatasetLocation, open_location


def data_dir(settings: BaseSettings) -> Path:
    value = settings.get("DATA_DIR") or "data"
    path = Path(value)
    if path.exists() and not path.is_dir():
        raise ConfigError("DATA_DIR", value, "give a directory (it is created if missing)")
    return path


def positive_int(settings: BaseSettings, name: str) -> int:
    raw = settings.get(name)
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise ConfigError(name, raw, "use a whole number greater than 0") from None
    if value < 1:
        raise ConfigError(name, raw, "use a whole number greater than 0")
    return value


def choice(settings: BaseSettings, name: str, allowed: tuple[str, ...]) -> str:
    value = str(settings.get(name))
    if value not in allowed:
        raise ConfigError(name, value, f"use one of {', '.join(allowed)}")
    return value


def dataset_root(settings: Any) -> DatasetLocation:
    """SNAPCRAWL_PARQUET_URI (a path or a pyarrow filesystem URI), else DATA_DIR."""
    uri = settings.get("SNAPCRAWL_PARQUET_URI") or ""
    if not uri:
        return open_location(data_dir(settings))
    try:
        return open_location(uri)
    except ValueError as error:
        raise ConfigError(
            "SNAPCRAWL_PARQUET_URI",
            uri,
            "use a directory or a pyarrow filesystem URI such as s3://bucket/prefix"
            f" (default: DATA_DIR) [{error}]",
        ) from None
