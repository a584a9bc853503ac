"""The shared store: one Redis database, used by many crawl workers at once.

Keys, under ``prefix`` (default ``snapcrawl:dedup``):

- ``{p}:doc:{url}``: hash ``exact``, ``sig``, ``run``, ``rank``, ``owner`` (pending
  only), ``sealed`` (pending, its file being written: no longer replaceable);
- ``{p}:exact:{hash}``: the URL kept with that exact hash;
- ``{p}:band:{key}``: set of the URLs with that LSH band key;
- ``{p}:replaced:{url}``: the verdict against the better copy that replaced this
  pending one (under the lease);
- ``{p}:meta``: the signature parameters the store was built with; its absence tells a
  running worker that Redis lost its data (:class:`RedisStateLost`), and a starting one
  refills the store from the dataset (``snapcrawl.state.redis_sync``).

A pending entry's ``doc`` and ``exact`` keys expire after the lease unless
``commit`` makes them persistent, so a worker killed before writing its rows
does not hide those stories forever. Band sets keep members whose doc expired;
they are dropped when next read.

Check-and-insert is optimistic and atomic: a Lua script reads the URL, exact and
band keys; the client verifies candidate signatures; a second script inserts
only if no new live candidate appeared meanwhile, else returns the newcomers to
verify and the client retries. Scripts touch keys they derive from set members,
so use one Redis instance (not Cluster).

The keep rule holds across workers: :meth:`RedisStore.replace` swaps any worker's
pending kept copy for a better one, and :meth:`RedisStore.seal` tells a worker,
just before it writes a file, which of its rows were replaced meanwhile
(:mod:`~snapcrawl.dedup.store.redis_scripts`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import redis

from snapcrawl.dedup.store.base import Verifier, check_params
from snapcrawl.dedup.store.redis_scripts import (
    CHECK,
    COMMIT,
    DISCARD,
    INSERT,
    RELEASE,
    REPLACE,
    SEAL,
    decode_rank,
    decode_verdict,
    encode_rank,
    encode_verdict,
)
from snapcrawl.dedup.types import Entry, Verdict


class RedisStateLost(redis.ConnectionError):
    """Redis answers but lost the dedup state (restarted without its data): a worker must
    stop, not keep stories again; the next start refills it (``snapcrawl.state.redis_sync``)."""


class RedisStore:
    """A :class:`DedupStore` in one Redis database; pending entries hold a lease."""

    def __init__(self, client: redis.Redis, *, prefix: str = "snapcrawl:dedup") -> None:
        self.client = client
        self.prefix = prefix
        self.owner = uuid.uuid4().hex
        self.lease_ms = 900_000
        self._pending: dict[str, tuple[int, ...]] = {}  # url -> band keys
        self._check = client.register_script(CHECK)
        self._insert = client.register_script(INSERT)
        self._commit = client.register_script(COMMIT)
        self._discard = client.register_script(DISCARD)
        self._release = client.register_script(RELEASE)
        # the last verdict's kept URL and its rank if it can still be replaced, else ""
        self._replaceable: tuple[str, str] = ("", "")
        self._replace = client.register_script(REPLACE)
        self._seal = client.register_script(SEAL)

    @classmethod
    def from_url(cls, url: str) -> RedisStore:
        """``redis://host:port/db[?prefix=name]``; other query options go to redis-py."""
        parts = urlsplit(url)
        query = parse_qsl(parts.query, keep_blank_values=True)
        prefix = next((v for k, v in query if k == "prefix"), "snapcrawl:dedup")
        rest = urlencode([(k, v) for k, v in query if k != "prefix"])
        client = redis.Redis.from_url(urlunsplit(parts._replace(query=rest)))
        return cls(client, prefix=prefix)

    # -- DedupStore ---------------------------------------------------------------

    def bind(self, params: Mapping[str, int], *, lease_seconds: float) -> None:
        self.lease_ms = max(int(lease_seconds * 1000), 1)
        meta = f"{self.prefix}:meta"
        pipe = self.client.pipeline()
        for name, value in params.items():
            pipe.hsetnx(meta, name, str(value))
        pipe.hgetall(meta)
        stored = pipe.execute()[-1]
        check_params(
            {k.decode(): v.decode() for k, v in stored.items()}, params, f"at {self.prefix}"
        )

    def check_and_add(self, entry: Entry, verify: Verifier) -> Verdict | None:
        p = self.prefix
        keys = [f"{p}:doc:{entry.url}", f"{p}:exact:{entry.exact}"]
        keys += [f"{p}:band:{band}" for band in entry.bands]
        reply = self._check(keys=keys, args=[p])
        seen: list[str] = []
        while True:
            verdict = self._verdict(entry, reply, verify, seen)
            if verdict is not None:
                return verdict
            args = [
                p,
                entry.url,
                entry.exact,
                entry.signature,
                entry.run_id,
                self.owner,
                self.lease_ms,
                encode_rank(entry),
                *seen,
            ]
            reply = self._insert(keys=keys, args=args)
            if reply[0] == b"ok":
                self._pending[entry.url] = entry.bands
                return None

    # any worker's pending entry may be replaced: the ranks are compared in Redis
    shared_ranks = True

    def replace(self, old_url: str, entry: Entry, verdict: Verdict) -> bool | None:
        """Put ``entry`` in place of the pending entry at ``old_url`` (a copy of its
        story, as ``verdict`` says), whichever worker holds it, if ``entry.rank`` comes
        first. The holder learns it from :meth:`seal`.

        False when the old entry stays (committed, sealed, ranked first, or either
        entry has no rank); None when it went meanwhile (another worker replaced it,
        or its lease ended), so the caller checks ``entry`` again.
        """
        p, rank = self.prefix, encode_rank(entry)
        if not rank:
            return False
        # what the check saw of the kept entry settles most cases here: an entry that
        # is committed, sealed or ranked first stays so
        seen_url, seen_rank = self._replaceable
        if seen_url == old_url and (not seen_rank or decode_rank(seen_rank) <= entry.rank):
            return False
        keys = [f"{p}:doc:{old_url}", f"{p}:doc:{entry.url}", f"{p}:exact:{entry.exact}"]
        keys += [f"{p}:band:{band}" for band in entry.bands]
        args = [p, old_url, entry.url, entry.exact, entry.signature, entry.run_id]
        args += [self.owner, self.lease_ms, rank]
        args.append(encode_verdict(Verdict(verdict.kind, entry.url, verdict.similarity)))
        outcome = self._replace(keys=keys, args=args)[0].decode()
        if outcome == "lost":
            raise _state_lost()
        if outcome != "ok":
            return None if outcome == "gone" else False
        self._pending.pop(old_url, None)
        self._pending[entry.url] = entry.bands
        return True

    def seal(self, urls: Iterable[str]) -> dict[str, Verdict]:
        """Make this worker's pending entries of ``urls`` irreplaceable: their rows are
        about to be written. Returns, for the ones another worker replaced meanwhile
        (their rows must be left out), the verdict against the better copy."""
        urls = list(urls)
        if not urls:
            return {}
        reply = self._seal(keys=[], args=[self.prefix, self.owner, *urls])
        if reply[0] == b"lost":
            raise _state_lost()
        replaced = {
            url.decode(): decode_verdict(text.decode())
            for url, text in zip(reply[1::2], reply[2::2], strict=True)
        }
        for url in replaced:
            self._pending.pop(url, None)
        return replaced

    def commit(self, urls: Iterable[str]) -> int:
        urls = list(urls)
        if not urls:
            return 0
        for url in urls:
            self._pending.pop(url, None)
        return int(self._commit(keys=[], args=[self.prefix, self.owner, *urls]))

    def known_url(self, url: str) -> bool:
        return bool(self.client.exists(f"{self.prefix}:doc:{url}"))

    def release(self, owner: str, urls: Iterable[str]) -> int:
        """Delete ``owner``'s still-pending entries for ``urls`` now, before their lease
        ends (a worker known to be dead); committed entries stay. Returns the count."""
        urls = list(urls)
        if not urls:
            return 0
        return int(self._release(keys=[], args=[self.prefix, owner, *urls]))

    def url_states(self, urls: Iterable[str], batch: int = 1000) -> tuple[set[str], set[str]]:
        """Which of ``urls`` the store holds (pending or committed), and which of those are
        pending (held under a lease, not committed): one round trip per ``batch``."""
        urls, known, pending = list(urls), set(), set()
        for start in range(0, len(urls), batch):
            chunk = urls[start : start + batch]
            pipe = self.client.pipeline(transaction=False)
            for url in chunk:
                pipe.exists(f"{self.prefix}:doc:{url}")
                pipe.hexists(f"{self.prefix}:doc:{url}", "owner")
            answers = pipe.execute()
            for url, held, leased in zip(chunk, answers[::2], answers[1::2], strict=True):
                if held:
                    known.add(url)
                    if leased:
                        pending.add(url)
        return known, pending

    def adopt(self, urls: Iterable[str]) -> int:
        """Commit the pending entries of ``urls`` whoever holds them: their rows are in the
        dataset, so neither a lease's end nor a dead worker's recovery may drop them."""
        urls = list(urls)
        return int(self._commit(keys=[], args=[self.prefix, "", *urls])) if urls else 0

    def close(self) -> None:
        """Delete this worker's uncommitted entries at once (not at lease end); with Redis
        gone they expire with their lease instead."""
        try:
            pipe = self.client.pipeline(transaction=False)
            for url, bands in self._pending.items():
                keys = [f"{self.prefix}:band:{band}" for band in bands]
                self._discard(keys=keys, args=[self.prefix, self.owner, url], client=pipe)
            pipe.execute()
            self._pending.clear()
        except (redis.ConnectionError, redis.TimeoutError):
            pass  # Redis is unreachable: the leases end on their own
        finally:
            self.client.close()

    # -- internals ------------------------------------------------------------------

    def _verdict(
        self, entry: Entry, reply: list[bytes], verify: Verifier, seen: list[str]
    ) -> Verdict | None:
        """The verdict in a CHECK or INSERT reply; notes the kept entry's replaceable rank."""
        kind = reply[0].decode()
        if kind == "lost":
            raise _state_lost()
        if kind == "url":
            return Verdict("url", entry.url)
        if kind == "exact":
            self._replaceable = (reply[1].decode(), reply[2].decode())
            return Verdict("exact", reply[1].decode())
        best: Verdict | None = None
        for i in range(1, len(reply), 3):
            url = reply[i].decode()
            seen.append(url)
            similarity = verify(reply[i + 1])
            if similarity is not None and (best is None or similarity > best.similarity):
                best = Verdict("near", url, similarity)
                self._replaceable = (url, reply[i + 2].decode())
        return best


def _state_lost() -> RedisStateLost:
    return RedisStateLost(
        "Redis lost the dedup state (restarted without its data?): the next start"
        " refills it from the dataset"
    )
