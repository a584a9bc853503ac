"""Redis URLs: checked before use, shown without a password; Redis's refusals at start."""

from __future__ import annotations

import pytest
import redis

from crawler.distributed.redis_url import check_redis_url, redacted, start_error
from snapcrawl.errors import ConfigError, ServiceUnavailable


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("redis://:pw@h:6379/0", "redis://:***@h:6379/0"),
        ("rediss://user:pw@h/1", "rediss://user:***@h/1"),
        ("redis://h:6379/0", "redis://h:6379/0"),
        ("redis://user@h/0", "redis://user@h/0"),
        ("unix:///run/redis.sock?db=0&password=pw", "unix:///run/redis.sock?db=0&password=***"),
        (
            "scrapy crawl x -s REDIS_URL=redis://:pw@h/0 -s S=s3://key:secret@b/p",
            "scrapy crawl x -s REDIS_URL=redis://:***@h/0 -s S=s3://key:***@b/p",
        ),
    ],
)
def test_a_password_is_never_shown(given, shown):
    assert redacted(given) == shown


@pytest.mark.parametrize(
    "url", ["redis://h:6379/0", "redis://:pw@h/15", "rediss://h", "unix:///run/redis.sock?db=2"]
)
def test_urls_redis_py_reads_as_written_pass(url):
    check_redis_url("REDIS_URL", url)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://h:6379/0", "REDIS_URL='http://h:6379/0': use redis://"),
        ("redis://:pw@h:port/0", "REDIS_URL='redis://:***@h:port/0': Port could not be cast"),
        ("redis://h:6379/x", "REDIS_URL='redis://h:6379/x': database 'x' is no number"),
    ],
)
def test_urls_redis_py_would_misread_are_wrong_settings(url, message):
    with pytest.raises(ConfigError) as raised:
        check_redis_url("REDIS_URL", url)
    assert str(raised.value).startswith(message)
    assert "pw" not in str(raised.value)


@pytest.mark.parametrize(
    ("error", "kind", "says"),
    [
        (redis.AuthenticationError("invalid username-password pair"), ConfigError, "refused"),
        (redis.ResponseError("NOAUTH Authentication required."), ConfigError, "wants a password"),
        (redis.ResponseError("DB index is out of range"), ConfigError, "use a database"),
        (redis.ConnectionError("Error 111 connecting"), ServiceUnavailable, "cannot connect"),
        (redis.TimeoutError("Timeout connecting"), ServiceUnavailable, "cannot connect"),
        (redis.ResponseError("LOADING Redis is loading"), ServiceUnavailable, "answered an error"),
    ],
)
def test_what_redis_refuses_is_a_wrong_setting_and_no_answer_is_unavailable(error, kind, says):
    found = start_error("SNAPCRAWL_DEDUP_STORE", "redis://:pw@h/0", error)
    assert type(found) is kind
    assert says in str(found)
    assert str(found).startswith("SNAPCRAWL_DEDUP_STORE='redis://:***@h/0': ")
