"""``python -m crawler.cli``: the ``snapcrawl`` command without its console script."""

from __future__ import annotations

from crawler.cli import main

raise SystemExit(main())
