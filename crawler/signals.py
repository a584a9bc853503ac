"""Signals snapcrawl components send each other."""

from __future__ import annotations

# Sent by ParquetPipeline once a file of articles is renamed into place, with
# ``urls`` (the rows' URLs). The dedup state commits its pending entries on it,
# so a story is "known" only when its row is safely on disk.
articles_written = object()
