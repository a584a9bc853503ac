"""The extraction a worker process runs for CleanPipeline: plain functions, picklable results.

Each worker keeps its own connection to the boilerplate memory, opened on
first use and flushed when the worker exits.
"""

from __future__ import annotations

from multiprocessing.util import Finalize
from pathlib import Path

from snapcrawl.extract import BoilerplateMemory, NotAnArticle, extract_article, load_profile
from snapcrawl.extract.profile import SiteProfile
from snapcrawl.extract.types import Article

_memories: dict[str, BoilerplateMemory] = {}
_profiles: dict[str, SiteProfile] = {}


def _memory(path: str | None) -> BoilerplateMemory | None:
    if not path:
        return None
    memory = _memories.get(path)
    if memory is None:
        memory = _memories[path] = BoilerplateMemory.open(Path(path))
        Finalize(memory, memory.close, exitpriority=10)
    return memory


def close_memories() -> None:
    """Flush and close the memories this process opened (inline mode, at spider close)."""
    while _memories:
        _, memory = _memories.popitem()
        memory.close()


def extract_page(
    html: bytes | str,
    url: str,
    content_type: str | None,
    boilerplate_path: str | None,
    profile_path: str | None,
) -> Article | tuple[str, str]:
    """The article, or ``(reason, detail)`` when the page is not one.

    ``html`` is the body as received and ``content_type`` its HTTP header, so
    the page is decoded once, by rules that know Chinese sites (GB2312 labels
    on GBK bytes, no declaration at all), rather than by Scrapy's guess.
    """
    profile = None
    if profile_path:
        profile = _profiles.get(profile_path) or _profiles.setdefault(
            profile_path, load_profile(profile_path)
        )
    try:
        return extract_article(
            html,
            url=url,
            encoding=content_type,
            boilerplate=_memory(boilerplate_path),
            profile=profile,
        )
    except NotAnArticle as verdict:
        return (verdict.reason, verdict.detail)
