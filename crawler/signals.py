"""Signals snapcrawl components send each other."""

from __future__ import annotations

# Sent by ParquetPipeline once a file of articles is renamed into place, with
# ``urls`` (the rows' URLs). The dedup state commits its pending entries on it,
# so a story is "known" only when its row is safely on disk.
articles_written = object()

# Sent by DedupPipeline when a better copy of a story replaces the kept one before
# its row is written, with ``url`` (the replaced copy's). ParquetPipeline drops
# that row from its buffer, or the item itself when it arrives. ParquetPipeline
# sends it too, with ``verdict`` (against the better copy), for a row it leaves out
# because another worker replaced it (a shared Redis store): DedupPipeline logs that
# copy as a duplicate. In both cases the worker's ledger forgets the row.
article_replaced = object()

# Sent by AlternatesMiddleware for another view of a page (print, mobile) it does not
# fetch because the page is an article, with ``url`` (the view's canonical URL) and
# ``of`` (the page's). DedupPipeline records it as an ``alternate`` row of the
# duplicates table, so later runs do not fetch it either.
alternate_skipped = object()
