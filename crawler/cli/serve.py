"""``snapcrawl serve DIR``: serve a fixture site on 127.0.0.1 until Ctrl-C.

The server is ``snapcrawl.fixtures.server.FixtureSiteServer``; this prints the
address once it accepts connections.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from crawler.cli.errors import EXIT_USAGE, CommandError, command
from crawler.cli.options import whole_number
from snapcrawl.fixtures.server import FixtureSiteServer


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="snapcrawl serve", description="Serve a fixture site on 127.0.0.1"
    )
    parser.add_argument("root", type=Path, help="the site's directory")
    parser.add_argument(
        "--port", type=whole_number(0, 65535), default=0, help="0 picks a free port"
    )
    return parser


@command("serve")
def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    if not args.root.is_dir():
        raise CommandError(f"{args.root}: no such directory: give a fixture site", EXIT_USAGE)
    try:
        server = FixtureSiteServer(args.root, args.port)
    except OSError as error:
        raise CommandError(
            f"--port {args.port}: cannot listen on 127.0.0.1 ({error.strerror}): "
            "pick another port, or 0 for a free one",
            EXIT_USAGE,
        ) from None
    sys.stdout.write(f"serving {server.url}\n")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
