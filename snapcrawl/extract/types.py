"""The record that extraction produces, shared by the library and the crawler."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


class NotAnArticle(ValueError):
    """The page is not an article (list, index, empty page); ``reason`` is a stat key."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Article:
    """One cleaned article. Datetimes are timezone-aware, Asia/Shanghai wall time."""

    url: str | None
    title: str
    body: str  # paragraphs joined with "\n"
    paragraphs: tuple[str, ...]
    category: str | None = None
    published_at: datetime | None = None
    source: str | None = None
    source_url: str | None = None
    snapshot_at: datetime | None = None
    author: str | None = None
    editor: str | None = None  # 责任编辑/编辑/责编 credit
    original_title: str | None = None  # 原标题：… of a re-titled story
    noise: tuple[str, ...] = field(default=())  # what cleaning removed, for auditing

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["paragraphs"] = list(self.paragraphs)
        data["noise"] = list(self.noise)
        return data
