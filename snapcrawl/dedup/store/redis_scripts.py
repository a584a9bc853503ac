"""The Redis store's Lua scripts, each with its KEYS and ARGV (see ``redis.py``).

Check and insert: ``CHECK`` reads the URL, exact and band keys, the client
verifies the candidates, ``INSERT`` adds the entry unless a new live candidate
appeared meanwhile. ``COMMIT``, ``RELEASE`` and ``DISCARD`` end pending entries.

The keep rule across workers (:mod:`snapcrawl.dedup.rank`): copies of one story
reach different workers in any order, so any worker may replace a kept copy
another worker holds, and that worker then leaves its row out:

- a kept entry stores its rank (``rank`` in its doc hash, :func:`encode_rank`);
- ``REPLACE`` swaps a pending entry for a better copy, comparing the ranks in
  Redis, and leaves ``{p}:replaced:{old url}`` (the verdict against the new copy,
  under the lease: :func:`encode_verdict`);
- ``SEAL``, run by a worker just before it writes a Parquet file, marks the
  file's pending entries ``sealed`` (no longer replaceable, as committed ones are
  not) and returns the rows another worker replaced, which the file leaves out.

So, as in the SQLite store, a copy can be replaced until its row's file is being
written; from then on a better copy is a duplicate of it.
"""

from __future__ import annotations

from snapcrawl.dedup.types import Entry, Verdict

# Every check first looks for {p}:meta, written when a worker binds: without it Redis
# lost its data (restarted empty) and an answer from an empty store would keep again
# stories already written. Returns {'lost', ''} then.
_STATE_LOST = """
if redis.call('EXISTS', ARGV[1] .. ':meta') == 0 then return {'lost', '', ''} end
"""

# The rank of a doc's entry when another copy may still replace it (pending, not sealed,
# ranked), else "": a check returns it with the kept URL, so a worse copy, or a copy of a
# committed story, is a duplicate without a REPLACE round trip.
_REPLACEABLE = """
local function replaceable(d)
  return (d[1] and not d[2] and d[3]) or ''
end
"""

# KEYS[1] the URL's doc, KEYS[2] the exact hash: the URL is known, or a copy with the same
# exact hash is kept (with its replaceable rank). Shared by CHECK and INSERT.
_KNOWN_OR_EXACT = """
if redis.call('EXISTS', KEYS[1]) == 1 then return {'url', '', ''} end
local kept = redis.call('GET', KEYS[2])
if kept then
  local d = redis.call('HMGET', ARGV[1] .. ':doc:' .. kept, 'owner', 'sealed', 'rank')
  return {'exact', kept, replaceable(d)}
end
"""

# The live entries in the band sets KEYS[3:] not in ``seen``, as {"cand", url, sig,
# replaceable rank, ...}; with ``prune``, members whose entry expired leave their set.
_CANDIDATES = """
local function candidates(seen, prune)
  local out = {'cand'}
  for i = 3, #KEYS do
    for _, member in ipairs(redis.call('SMEMBERS', KEYS[i])) do
      if not seen[member] then
        seen[member] = true
        local doc = ARGV[1] .. ':doc:' .. member
        local d = redis.call('HMGET', doc, 'owner', 'sealed', 'rank', 'sig')
        if d[4] then
          table.insert(out, member); table.insert(out, d[4]); table.insert(out, replaceable(d))
        elseif prune then
          redis.call('SREM', KEYS[i], member)
        end
      end
    end
  end
  return out
end
"""

# Writing and deleting one entry, the same in every script that does it: a pending entry
# is its doc hash and exact key under the lease and its URL in each band set from
# KEYS[first_band] on; dropping one deletes its doc and its exact key if that still names it.
_ENTRY = """
local function put_pending(doc, exact_key, url, exact, sig, run, owner, rank, lease, first_band)
  redis.call('HSET', doc, 'exact', exact, 'sig', sig, 'run', run, 'owner', owner, 'rank', rank)
  redis.call('PEXPIRE', doc, lease)
  redis.call('SET', exact_key, url, 'PX', lease)
  for i = first_band, #KEYS do redis.call('SADD', KEYS[i], url) end
end
local function drop_entry(prefix, doc, url, exact)
  local exact_key = prefix .. ':exact:' .. exact
  if redis.call('GET', exact_key) == url then redis.call('DEL', exact_key) end
  redis.call('DEL', doc)
end
"""

# KEYS: doc, exact, band...; ARGV: prefix. Returns {kind, url, replaceable rank} or
# {"cand", url, sig, replaceable rank, ...}.
CHECK = (
    _STATE_LOST
    + _REPLACEABLE
    + _KNOWN_OR_EXACT
    + _CANDIDATES
    + """
return candidates({}, true)
"""
)

# KEYS: doc, exact, band...; ARGV: prefix, url, exact, sig, run, owner, lease_ms, rank, seen...
# Inserts and returns {'ok'} unless the URL, the hash or an unseen live candidate
# appeared since CHECK; then returns what CHECK would have (only unseen candidates).
INSERT = (
    _STATE_LOST
    + _REPLACEABLE
    + _KNOWN_OR_EXACT
    + _CANDIDATES
    + _ENTRY
    + """
local seen = {}
for i = 9, #ARGV do seen[ARGV[i]] = true end
local out = candidates(seen, false)
if #out > 1 then return out end
put_pending(KEYS[1], KEYS[2], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[8],
  tonumber(ARGV[7]), 3)
return {'ok'}
"""
)

# ARGV: prefix, owner, url...; persists the pending entries of that owner, or of any owner
# when owner is "" (their rows are in the dataset: a worker wrote them and lost Redis before
# it could commit); returns the count.
COMMIT = """
local n = 0
for i = 3, #ARGV do
  local doc = ARGV[1] .. ':doc:' .. ARGV[i]
  local owner = redis.call('HGET', doc, 'owner')
  if owner and (ARGV[2] == '' or owner == ARGV[2]) then
    local exact = redis.call('HGET', doc, 'exact')
    redis.call('HDEL', doc, 'owner', 'sealed')
    redis.call('PERSIST', doc)
    redis.call('PERSIST', ARGV[1] .. ':exact:' .. exact)
    n = n + 1
  end
end
return n
"""

# ARGV: prefix, owner, url...; deletes that owner's pending entries; returns the count.
# Band set members are left for the readers to drop (their doc is gone).
RELEASE = (
    _ENTRY
    + """
local n = 0
for i = 3, #ARGV do
  local doc = ARGV[1] .. ':doc:' .. ARGV[i]
  if redis.call('HGET', doc, 'owner') == ARGV[2] then
    drop_entry(ARGV[1], doc, ARGV[i], redis.call('HGET', doc, 'exact'))
    n = n + 1
  end
end
return n
"""
)

# KEYS: band...; ARGV: prefix, owner, url; deletes one of this owner's pending entries.
DISCARD = (
    _ENTRY
    + """
local doc = ARGV[1] .. ':doc:' .. ARGV[3]
if redis.call('HGET', doc, 'owner') ~= ARGV[2] then return 0 end
drop_entry(ARGV[1], doc, ARGV[3], redis.call('HGET', doc, 'exact'))
for i = 1, #KEYS do redis.call('SREM', KEYS[i], ARGV[3]) end
return 1
"""
)


# Ranks are "<no time 0|1>\t<timestamp>\t<url>"; compared field by field, the URL byte
# by byte (Python compares str by code point, which is UTF-8's byte order; Lua's own
# string < follows the server's locale).
_BETTER = """
local function before(a, b)
  local an, at, au = string.match(a, '^(%d)\\t([^\\t]*)\\t(.*)$')
  local bn, bt, bu = string.match(b, '^(%d)\\t([^\\t]*)\\t(.*)$')
  if not an or not bn then return false end
  if an ~= bn then return an < bn end
  at, bt = tonumber(at), tonumber(bt)
  if at ~= bt then return at < bt end
  for i = 1, math.min(#au, #bu) do
    local x, y = string.byte(au, i), string.byte(bu, i)
    if x ~= y then return x < y end
  end
  return #au < #bu
end
"""

# KEYS: old doc, new doc, new exact, new band...
# ARGV: prefix, old url, new url, exact, sig, run, owner, lease_ms, rank, verdict
# Returns {'ok'} (replaced), {'kept'} (the old entry stays: committed, sealed or not
# worse) or {'gone'} (the old entry went meanwhile, or another holds this text: the
# caller checks again).
REPLACE = (
    _BETTER
    + _STATE_LOST
    + _ENTRY
    + """
local old = redis.call('HMGET', KEYS[1], 'owner', 'sealed', 'rank', 'exact')
if not old[1] then
  if redis.call('EXISTS', KEYS[1]) == 1 then return {'kept'} end
  return {'gone'}
end
if old[2] or not old[3] or not before(ARGV[9], old[3]) then return {'kept'} end
if redis.call('EXISTS', KEYS[2]) == 1 then return {'kept'} end
local held = redis.call('GET', KEYS[3])
if held and held ~= ARGV[2] then return {'gone'} end
local lease = tonumber(ARGV[8])
drop_entry(ARGV[1], KEYS[1], ARGV[2], old[4])
redis.call('SET', ARGV[1] .. ':replaced:' .. ARGV[2], ARGV[10], 'PX', lease)
put_pending(KEYS[2], KEYS[3], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7], ARGV[9], lease, 4)
return {'ok'}
"""
)

# ARGV: prefix, owner, url...; seals that owner's pending entries of ``url``s. Returns
# {'ok', url, verdict, ...} for the URLs another worker replaced. A URL neither held
# by the owner nor replaced (its lease ran out) is not returned: its row is written.
SEAL = (
    _STATE_LOST
    + """
local out = {'ok'}
for i = 3, #ARGV do
  local doc = ARGV[1] .. ':doc:' .. ARGV[i]
  if redis.call('HGET', doc, 'owner') == ARGV[2] then
    redis.call('HSET', doc, 'sealed', '1')
  else
    local by = redis.call('GET', ARGV[1] .. ':replaced:' .. ARGV[i])
    if by then table.insert(out, ARGV[i]); table.insert(out, by) end
  end
end
return out
"""
)


def encode_rank(entry: Entry) -> str:
    """The entry's rank as the scripts store and compare it; "" without one (such an
    entry is never replaced)."""
    if entry.rank is None:
        return ""
    untimed, timestamp, url = entry.rank
    return f"{int(untimed)}\t{timestamp!r}\t{url}"


def encode_verdict(verdict: Verdict) -> str:
    """How the replaced copy stands to the one that replaced it, for the tombstone."""
    return f"{verdict.kind}\t{verdict.similarity!r}\t{verdict.dup_of}"


def decode_verdict(text: str) -> Verdict:
    kind, similarity, dup_of = text.split("\t", 2)
    return Verdict(kind, dup_of, float(similarity))  # type: ignore[arg-type]


def decode_rank(text: str) -> tuple[bool, float, str]:
    """The rank :func:`encode_rank` wrote (compared in Python as REPLACE compares it)."""
    untimed, timestamp, url = text.split("\t", 2)
    return (untimed == "1", float(timestamp), url)
