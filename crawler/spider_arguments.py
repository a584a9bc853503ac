"""The ``-a NAME=VALUE`` arguments a spider takes, read from its ``__init__``.

Scrapy hands every ``-a`` to the spider, whose base class stores an unknown one
as an attribute nobody reads: ``-a strat_url=URL`` stopped with "start_url='':
give one", which never named the typo, and an extra ``-a depth=2`` beside a
right start_url was ignored without a word. The crawl command (and a job's
check) reject such a name before the crawl starts, naming the nearest known one;
the spider's signature is the one list of what it takes, so a new argument needs
no edit here. Scrapy's own middlewares also read a few text attributes off any
spider, and ``-a`` is the documented way to set them for one run: those stay
accepted.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping

from snapcrawl.errors import ConfigError, did_you_mean

# Text attributes Scrapy's downloader middlewares read from the spider (UserAgentMiddleware,
# HttpAuthMiddleware): ``-a user_agent=…`` sets them for one crawl.
SCRAPY_SPIDER_ATTRIBUTES = ("user_agent", "http_user", "http_pass", "http_auth_domain")


def known_arguments(spider_class: type) -> list[str]:
    """The keyword parameters of the spider's ``__init__`` (not ``*args``/``**kwargs``)."""
    named = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    parameters = inspect.signature(spider_class.__init__).parameters.values()
    return [p.name for p in parameters if p.kind in named and p.name != "self"]


def check_arguments(spider_class: type, given: Mapping[str, str]) -> None:
    """A ConfigError for the first argument the spider does not take, naming it, its value
    and the nearest known one (or them all)."""
    known = known_arguments(spider_class)
    for name, value in given.items():
        if name in known or name in SCRAPY_SPIDER_ATTRIBUTES:
            continue
        hint = did_you_mean(name, known) or f"use {', '.join(known) or 'none'}"
        spider = getattr(spider_class, "name", spider_class.__name__)
        raise ConfigError(name, value, f"the {spider} spider takes no such argument: {hint}")
