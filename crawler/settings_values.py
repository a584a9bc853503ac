"""Read and validate snapcrawl settings, so a wrong value stops the run at start."""

from __future__ import annotations

from pathlib import Path

from scrapy.settings import BaseSettings

from snapcrawl.errors import ConfigError


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
