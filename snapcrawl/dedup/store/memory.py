"""The in-process store: dictionaries, gone with the object (tests, notebooks, one-off runs)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from snapcrawl.dedup.store.base import Verifier, check_params
from snapcrawl.dedup.types import Entry, Verdict


class MemoryStore:
    """A :class:`DedupStore` for one process; ``open_store(":memory:")``."""

    def __init__(self) -> None:
        self._docs: dict[str, Entry] = {}
        self._pending: set[str] = set()
        self._exact: dict[int, str] = {}
        self._bands: dict[int, list[str]] = {}
        self._params: dict[str, str] = {}

    def bind(self, params: Mapping[str, int], *, lease_seconds: float) -> None:
        check_params(self._params, params, "in memory")
        self._params.update({k: str(v) for k, v in params.items()})

    def check_and_add(self, entry: Entry, verify: Verifier) -> Verdict | None:
        if entry.url in self._docs:
            return Verdict("url", entry.url)
        kept = self._exact.get(entry.exact)
        if kept is not None:
            return Verdict("exact", kept)
        best: Verdict | None = None
        seen: set[str] = set()
        for band in entry.bands:
            for url in self._bands.get(band, ()):
                if url in seen:
                    continue
                seen.add(url)
                similarity = verify(self._docs[url].signature)
                if similarity is not None and (best is None or similarity > best.similarity):
                    best = Verdict("near", url, similarity)
        if best is not None:
            return best
        self._add(entry)
        return None

    def replace(self, old_url: str, entry: Entry) -> bool:
        """Put ``entry`` in place of the pending entry at ``old_url`` (a better copy of
        its story); False when that one is committed or unknown."""
        if old_url not in self._pending or entry.url in self._docs:
            return False
        self._pending.discard(old_url)
        self._forget(old_url)
        self._add(entry)
        return True

    def _add(self, entry: Entry) -> None:
        self._docs[entry.url] = entry
        self._pending.add(entry.url)
        self._exact.setdefault(entry.exact, entry.url)
        for band in entry.bands:
            self._bands.setdefault(band, []).append(entry.url)

    def _forget(self, url: str) -> None:
        entry = self._docs.pop(url)
        if self._exact.get(entry.exact) == url:
            del self._exact[entry.exact]
        for band in entry.bands:
            self._bands[band].remove(url)

    def commit(self, urls: Iterable[str]) -> int:
        count = 0
        for url in urls:
            if url in self._pending:
                self._pending.discard(url)
                count += 1
        return count

    def known_url(self, url: str) -> bool:
        return url in self._docs

    def close(self) -> None:
        """Discard the entries never committed (as a crashed run's would be)."""
        for url in self._pending:
            self._forget(url)
        self._pending.clear()
