"""``snapcrawl extract PATH_OR_URL...``: extract saved pages or fetched URLs to JSON lines.

A thin adapter: the command (arguments, output, exit codes) is the library's
``snapcrawl.extract.commandline``, usable without Scrapy.
"""

from __future__ import annotations

from collections.abc import Sequence

from crawler.cli.errors import command
from snapcrawl.extract import commandline


@command("extract")
def main(argv: Sequence[str]) -> int:
    return commandline.main(list(argv))
