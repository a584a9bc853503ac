"""A Redis URL checked before use, shown without its password, and Redis's refusals at
start turned into an error the user can act on.

redis-py reads a URL lazily: a port that is no number raises a bare ``ValueError`` only
when the client is built, and a database named by anything but digits (``/x``) is quietly
database 0. A server that wants a password answers with ``AuthenticationError``, which
redis-py files under ``ConnectionError``: left there, it reads "cannot connect: start
redis-server" (exit 69, retry later) when the fix is the password in the URL (exit 2, fix
the command). So every start-up path (the worker's connection, the dedup store, ``snapcrawl
state --store``) checks the URL with :func:`check_redis_url` and turns what the first call
raised into one line with :func:`start_error`; the messages and the run log show the URL
through :func:`redacted`, never its password.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import redis
from redis.connection import parse_url

from snapcrawl.errors import ConfigError, ServiceUnavailable

REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
FORM = "redis://[:PASSWORD@]HOST:PORT/DB (or rediss://, unix://PATH?db=DB)"
# The advice of every "Redis unreachable" message, at start and mid-crawl.
FIX = "start redis-server there (or fix REDIS_URL) and run the same command again"
_PASSWORD = re.compile(r"([a-z][a-z0-9+.-]*://[^/@\s:]*:)[^/@\s]*@")
_QUERY_PASSWORD = re.compile(r"([?&]password=)[^&\s]*")
_AUTH_REFUSALS = ("NOAUTH", "WRONGPASS", "invalid password", "invalid username-password")


def redacted(url: str) -> str:
    """``url`` (or a command line holding URLs) with each password shown as ``***``:
    messages and run logs never hold one."""
    return _QUERY_PASSWORD.sub(r"\1***", _PASSWORD.sub(r"\1***@", str(url)))


def check_redis_url(setting: str, url: str) -> None:
    """Raise :class:`ConfigError` naming ``setting`` when ``url`` is no Redis URL that
    redis-py reads as written (the scheme, a numeric port, a numeric database)."""
    shown = redacted(url)
    if not str(url).startswith(REDIS_SCHEMES):
        raise ConfigError(setting, shown, f"use {FORM}")
    try:
        parse_url(url)
    except ValueError as error:
        raise ConfigError(setting, shown, f"{error}: use {FORM}") from None
    if url.startswith("unix://"):
        return
    database = urlsplit(url).path.strip("/")
    if database and not database.isdigit():
        raise ConfigError(setting, shown, f"database {database!r} is no number: use {FORM}")


def start_error(setting: str, url: str, error: redis.RedisError) -> ConfigError:
    """The one-line error for what Redis raised on the first call of a run or command: a
    refused password or a database the server lacks is a wrong setting (exit 2); no answer
    is :class:`ServiceUnavailable` (exit 69, start Redis and run again)."""
    shown = redacted(url)
    fix = FIX.replace("REDIS_URL", setting)
    message = str(error).strip().rstrip(".")
    refused = isinstance(error, redis.AuthenticationError) or message.startswith(_AUTH_REFUSALS)
    if "already authenticated" in message or message.startswith("NOAUTH"):
        message = "the server wants a password"  # RESP3's HELLO or RESP2's NOAUTH
    if refused:
        return ConfigError(
            setting,
            shown,
            f"Redis refused the login ({message}): give the server's password in the URL,"
            " redis://:PASSWORD@HOST:PORT/DB (redis://USER:PASSWORD@… for an ACL user)",
        )
    if "DB index is out of range" in message:
        return ConfigError(
            setting,
            shown,
            f"{message}: use a database the server has (0 to 15 unless redis.conf sets databases)",
        )
    if isinstance(error, (redis.ConnectionError, redis.TimeoutError)):
        return ServiceUnavailable(setting, shown, f"cannot connect ({message}): {fix}")
    return ServiceUnavailable(setting, shown, f"Redis answered an error ({message}): {fix}")
