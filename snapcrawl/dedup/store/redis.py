"""The shared store: one Redis database, used by many crawl workers at once.

Keys, under ``prefix`` (default ``snapcrawl:dedup``):

- ``{p}:doc:{url}``: hash ``exact``, ``sig``, ``run``, ``owner`` (pending only);
- ``{p}:exact:{hash}``: the URL kept with that exact hash;
- ``{p}:band:{key}``: set of the URLs with that LSH band key;
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
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import redis

from snapcrawl.dedup.store.base import Verifier, check_params
from snapcrawl.dedup.types import Entry, Verdict

# Every check first looks for {p}:meta, written when a worker binds: without it Redis
# lost its data (restarted empty) and an answer from an empty store would keep again
# stories already written. Returns {'lost', ''} then.
_STATE_LOST = """
if redis.call('EXISTS', ARGV[1] .. ':meta') == 0 then return {'lost', ''} end
"""

# KEYS: doc, exact, band...; ARGV: prefix. Returns {kind, url} or {"cand", url, sig, ...}.
_CHECK = (
    _STATE_LOST
    + """
if redis.call('EXISTS', KEYS[1]) == 1 then return {'url', ''} end
local kept = redis.call('GET', KEYS[2])
if kept then return {'exact', kept} end
local out, seen = {'cand'}, {}
for i = 3, #KEYS do
  for _, member in ipairs(redis.call('SMEMBERS', KEYS[i])) do
    if not seen[member] then
      seen[member] = true
      local sig = redis.call('HGET', ARGV[1] .. ':doc:' .. member, 'sig')
      if sig then
        table.insert(out, member); table.insert(out, sig)
      else
        redis.call('SREM', KEYS[i], member)
      end
    end
  end
end
return out
"""
)

# KEYS: doc, exact, band...; ARGV: prefix, url, exact, sig, run, owner, lease_ms, seen...
# Inserts and returns {'ok'} unless the URL, the hash or an unseen live candidate
# appeared since _CHECK; then returns what _CHECK would have (only unseen candidates).
_INSERT = (
    _STATE_LOST
    + """
if redis.call('EXISTS', KEYS[1]) == 1 then return {'url', ''} end
local kept = redis.call('GET', KEYS[2])
if kept then return {'exact', kept} end
local seen = {}
for i = 8, #ARGV do seen[ARGV[i]] = true end
local out = {'cand'}
for i = 3, #KEYS do
  for _, member in ipairs(redis.call('SMEMBERS', KEYS[i])) do
    if not seen[member] then
      seen[member] = true
      local sig = redis.call('HGET', ARGV[1] .. ':doc:' .. member, 'sig')
      if sig then table.insert(out, member); table.insert(out, sig) end
    end
  end
end
if #out > 1 then return out end
local lease = tonumber(ARGV[7])
redis.call('HSET', KEYS[1], 'exact', ARGV[3], 'sig', ARGV[4], 'run', ARGV[5], 'owner', ARGV[6])
redis.call('PEXPIRE', KEYS[1], lease)
redis.call('SET', KEYS[2], ARGV[2], 'PX', lease)
for i = 3, #KEYS do redis.call('SADD', KEYS[i], ARGV[2]) end
return {'ok'}
"""
)

# ARGV: prefix, owner, url...; persists the pending entries of that owner, or of any owner
# when owner is "" (their rows are in the dataset: a worker wrote them and lost Redis before
# it could commit); returns the count.
_COMMIT = """
local n = 0
for i = 3, #ARGV do
  local doc = ARGV[1] .. ':doc:' .. ARGV[i]
  local owner = redis.call('HGET', doc, 'owner')
  if owner and (ARGV[2] == '' or owner == ARGV[2]) then
    local exact = redis.call('HGET', doc, 'exact')
    redis.call('HDEL', doc, 'owner')
    redis.call('PERSIST', doc)
    redis.call('PERSIST', ARGV[1] .. ':exact:' .. exact)
    n = n + 1
  end
end
return n
"""

# ARGV: prefix, owner, url...; deletes that owner's pending entries; returns the count.
# Band set members are left for the readers to drop (their doc is gone).
_RELEASE = """
local n = 0
for i = 3, #ARGV do
  local doc = ARGV[1] .. ':doc:' .. ARGV[i]
  if redis.call('HGET', doc, 'owner') == ARGV[2] then
    local ekey = ARGV[1] .. ':exact:' .. redis.call('HGET', doc, 'exact')
    if redis.call('GET', ekey) == ARGV[i] then redis.call('DEL', ekey) end
    redis.call('DEL', doc)
    n = n + 1
  end
end
return n
"""

# KEYS: band...; ARGV: prefix, owner, url; deletes one of this owner's pending entries.
_DISCARD = """
local doc = ARGV[1] .. ':doc:' .. ARGV[3]
if redis.call('HGET', doc, 'owner') ~= ARGV[2] then return 0 end
local ekey = ARGV[1] .. ':exact:' .. redis.call('HGET', doc, 'exact')
if redis.call('GET', ekey) == ARGV[3] then redis.call('DEL', ekey) end
redis.call('DEL', doc)
for i = 1, #KEYS do redis.call('SREM', KEYS[i], ARGV[3]) end
return 1
"""


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
        self._check = client.register_script(_CHECK)
        self._insert = client.register_script(_INSERT)
        self._commit = client.register_script(_COMMIT)
        self._discard = client.register_script(_DISCARD)
        self._release = client.register_script(_RELEASE)

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
                *seen,
            ]
            reply = self._insert(keys=keys, args=args)
            if reply[0] == b"ok":
                self._pending[entry.url] = entry.bands
                return None

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

    @staticmethod
    def _verdict(
        entry: Entry, reply: list[bytes], verify: Verifier, seen: list[str]
    ) -> Verdict | None:
        kind = reply[0].decode()
        if kind == "lost":
            raise RedisStateLost(
                "Redis lost the dedup state (restarted without its data?): the next start"
                " refills it from the dataset"
            )
        if kind == "url":
            return Verdict("url", entry.url)
        if kind == "exact":
            return Verdict("exact", reply[1].decode())
        best: Verdict | None = None
        for i in range(1, len(reply), 2):
            url = reply[i].decode()
            seen.append(url)
            similarity = verify(reply[i + 1])
            if similarity is not None and (best is None or similarity > best.similarity):
                best = Verdict("near", url, similarity)
        return best
