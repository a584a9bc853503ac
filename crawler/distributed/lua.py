"""Every Lua script of distributed mode, each behind a wrapper that takes named arguments.

A script runs atomically in Redis: that is how a step that touches two keys
(mark seen and queue; pop and track) cannot be cut in half by a killed worker.
Each script documents its KEYS and ARGV by name; the wrapper builds them from a
crawl's :class:`CrawlKeys`, so no caller passes a positional list of keys.
"""

from __future__ import annotations

import redis

from crawler.distributed.config import CrawlKeys

# KEYS: queue, dupefilter, workers. ARGV: fingerprint, score, data, worker.
# Marks the request seen and queues it; 1 when queued, 0 when it was seen before, -1 when
# the worker is not registered (Redis restarted without its data: see CrawlStateLost).
PUSH_NEW = """
if redis.call('HEXISTS', KEYS[3], ARGV[4]) == 0 then return -1 end
if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
return 1
"""

# KEYS: queue, inflight, workers. ARGV: worker.
# Pops the best request into the worker's in-flight hash; returns {id, data}, or nil;
# -1 when the worker is not registered (as PUSH_NEW).
POP = """
if redis.call('HEXISTS', KEYS[3], ARGV[1]) == 0 then return -1 end
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
local id = redis.sha1hex(r[1])
redis.call('HSET', KEYS[2], id, r[2] .. '\\n' .. r[1])
return {id, r[1]}
"""

# KEYS: inflight, unflushed. ARGV: entry ids.
# Moves done pages whose rows are not on disk yet from in-flight to unflushed.
PARK = """
for i = 1, #ARGV do
  local v = redis.call('HGET', KEYS[1], ARGV[i])
  if v then redis.call('HSET', KEYS[2], ARGV[i], v); redis.call('HDEL', KEYS[1], ARGV[i]) end
end
return #ARGV
"""

# KEYS: alive, inflight, unflushed, queue, workers (alive, inflight and unflushed of the
# dead worker). ARGV: worker.
# Puts a dead worker's entries back in the queue; -1 if it is alive after all.
REQUEUE = """
if redis.call('EXISTS', KEYS[1]) == 1 then return -1 end
local n = 0
for k = 2, 3 do
  local all = redis.call('HGETALL', KEYS[k])
  for i = 2, #all, 2 do
    local v = all[i]
    local cut = string.find(v, '\\n', 1, true)
    redis.call('ZADD', KEYS[4], string.sub(v, 1, cut - 1), string.sub(v, cut + 1))
    n = n + 1
  end
  redis.call('DEL', KEYS[k])
end
redis.call('HDEL', KEYS[5], ARGV[1])
return n
"""

# KEYS: workers, queue, dupefilter, start_urls, alive, inflight, unflushed (the last three
# of the leaving worker). ARGV: worker.
# Leaves the crawl; the last worker out of a finished crawl clears its dupefilter.
# Returns 'unfinished' (entries left: they stay for recovery), 'left' or 'finished'.
LEAVE = """
if redis.call('HLEN', KEYS[6]) + redis.call('HLEN', KEYS[7]) > 0 then
  redis.call('DEL', KEYS[5]); return 'unfinished'
end
redis.call('HDEL', KEYS[1], ARGV[1]); redis.call('DEL', KEYS[5])
if redis.call('HLEN', KEYS[1]) == 0 and redis.call('ZCARD', KEYS[2]) == 0
   and redis.call('LLEN', KEYS[4]) == 0 then
  redis.call('DEL', KEYS[3]); return 'finished'
end
return 'left'
"""


class CrawlStateLost(redis.ConnectionError):
    """Redis answers but does not know this worker: it restarted without its data (or a
    dead worker's recovery took this one's requests). The worker stops (``redis_lost``)
    rather than crawl on half a state."""

    def __init__(self, worker: str) -> None:
        super().__init__(
            f"Redis no longer knows worker {worker} (Redis restarted without its data, or"
            " the worker's heartbeat lapsed and others took its requests)"
        )


class CrawlScripts:
    """The scripts registered on one client, for one crawl's keys."""

    def __init__(self, client: redis.Redis, keys: CrawlKeys) -> None:
        self.keys = keys
        self._push_new = client.register_script(PUSH_NEW)
        self._pop = client.register_script(POP)
        self._park = client.register_script(PARK)
        self._requeue = client.register_script(REQUEUE)
        self._leave = client.register_script(LEAVE)

    def push_new(self, *, worker: str, fingerprint: str, score: float, data: bytes) -> bool:
        """Queue a request unless its fingerprint was seen; True when queued."""
        keys = [self.keys.requests, self.keys.dupefilter, self.keys.workers]
        queued = self._push_new(keys=keys, args=[fingerprint, score, data, worker])
        if queued == -1:
            raise CrawlStateLost(worker)
        return bool(queued)

    def pop(self, *, worker: str) -> tuple[str, bytes] | None:
        """Pop the best request into ``worker``'s in-flight hash: (entry id, data), or None."""
        keys = [self.keys.requests, self.keys.inflight(worker), self.keys.workers]
        reply = self._pop(keys=keys, args=[worker])
        if reply == -1:
            raise CrawlStateLost(worker)
        if not reply:
            return None
        return reply[0].decode(), reply[1]

    def park(self, *, worker: str, entries: list[str]) -> None:
        """Move ``worker``'s done entries from in-flight to unflushed."""
        keys = [self.keys.inflight(worker), self.keys.unflushed(worker)]
        self._park(keys=keys, args=entries)

    def requeue(self, *, dead_worker: str) -> int:
        """Put ``dead_worker``'s entries back in the queue; -1 if it is alive after all."""
        keys = self.keys
        return int(
            self._requeue(
                keys=[
                    keys.alive(dead_worker),
                    keys.inflight(dead_worker),
                    keys.unflushed(dead_worker),
                    keys.requests,
                    keys.workers,
                ],
                args=[dead_worker],
            )
        )

    def leave(self, *, worker: str) -> str:
        """``worker`` leaves the crawl: 'unfinished', 'left' or 'finished' (see ``LEAVE``)."""
        keys = self.keys
        outcome = self._leave(
            keys=[
                keys.workers,
                keys.requests,
                keys.dupefilter,
                keys.start_urls,
                keys.alive(worker),
                keys.inflight(worker),
                keys.unflushed(worker),
            ],
            args=[worker],
        )
        return outcome.decode()
