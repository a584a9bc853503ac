"""Local sites whose pages depend on the query (old ASP portals, spider traps), for e2e crawls.

The fixture server ignores the query; these sites answer from a function of the
raw request target, so a test sees exactly the bytes the crawler sent. Article
text comes from the bundled demo stories (data/demo/stories.json), which are
distinct enough that none is a near duplicate of another.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from snapcrawl.fixtures.server import serving
from tests.crawling import DEMO_SOURCE

# (raw request target, e.g. "/list.asp?cat=%C3%C0") -> (status, body, content type)
Answer = tuple[int, bytes, str]
Route = Callable[[str], Answer]


@dataclass
class DynamicSite:
    url: str
    log: list[tuple[str, int]] = field(default_factory=list)  # (raw target, status) in order

    def targets(self, status: int | None = None) -> list[str]:
        return [target for target, code in self.log if status is None or code == status]


@contextmanager
def serve(
    route: Route, headers: Callable[[str], dict[str, str]] | None = None
) -> Iterator[DynamicSite]:
    """Serve ``route`` on a free 127.0.0.1 port from a background thread; ``headers``
    gives a target's extra response headers (a redirect's ``Location``)."""
    lock = threading.Lock()
    site = DynamicSite(url="")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            status, body, content_type = route(self.path)
            with lock:
                site.log.append((self.path, status))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            for name, value in (headers(self.path) if headers else {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.url = f"http://127.0.0.1:{server.server_address[1]}/"
    with serving(server):
        yield site


def distinct_stories(count: int) -> list[dict]:
    """``count`` demo stories that share no paragraph with another (no hard negatives)."""
    data = json.loads((DEMO_SOURCE / "stories.json").read_text("utf-8"))
    stories = next(value for key, value in data.items() if key != "about")
    plain = [s for s in stories if not s.get("shares_with") and not s.get("host")]
    if len(plain) < count:
        raise ValueError(f"only {len(plain)} distinct demo stories")
    return plain[:count]


def article_html(story: dict, charset: str = "utf-8", links: str = "") -> str:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in story["paragraphs"])
    return (
        f'<html><head><meta charset="{charset}"><title>{escape(story["title"])}_老门户</title>'
        f'</head><body><div class="nav"><a href="/">首页</a>{links}</div>'
        f"<h1>{escape(story['title'])}</h1>"
        f"<div>发布时间:{story['published_at']} 来源:{escape(story['source'])}</div>"
        f'<div class="content">{paragraphs}</div></body></html>'
    )


def list_html(title: str, links: list[tuple[str, str]], charset: str = "utf-8") -> str:
    items = "".join(f'<li><a href="{href}">{escape(text)}</a></li>' for href, text in links)
    return (
        f'<html><head><meta charset="{charset}"><title>{escape(title)}</title></head>'
        f"<body><h1>{escape(title)}</h1><ul>{items}</ul></body></html>"
    )


NOT_FOUND: Answer = (404, b"<html><body>404</body></html>", "text/html")
