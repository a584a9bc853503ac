"""Requests in Redis as JSON, never pickle: what another process wrote is data, not code.

scrapy-redis stores requests pickled by default, so anyone who can write to the
Redis of a crawl can run code in every worker (``pickle.loads`` calls whatever
the payload names). Every request this crawl stores (the queue, a worker's
in-flight and unflushed entries) goes through :data:`REQUEST_CODEC` instead:
``Request.to_dict(spider=...)`` as JSON, read back with
``scrapy.utils.request.request_from_dict``. Bytes (body, headers) are written as
latin-1 text, which maps each byte to one code point and back.

Reading is strict: an entry that is not a JSON object of a plain ``Request``
(or one of Scrapy's own subclasses) whose callbacks are public spider methods
is refused with :class:`RefusedEntry`; the queue counts it, logs one line and
drops it. ``request_from_dict`` alone would import any ``_class`` it is given
and call any spider attribute named as a callback.
"""

from __future__ import annotations

import json
from typing import Any

# The Request classes an entry may name (``_class``); scrapy.Request needs none.
ALLOWED_CLASSES = frozenset(
    {
        "scrapy.http.request.form.FormRequest",
        "scrapy.http.request.json_request.JsonRequest",
        "scrapy.http.request.rpc.XmlRpcRequest",
    }
)
_BYTES = "latin-1"


class RefusedEntry(ValueError):
    """A stored entry that is not a request this crawl wrote: it is dropped, never run."""


class JsonRequestCodec:
    """``dumps``/``loads`` for scrapy-redis's queues: request dicts as JSON bytes."""

    def dumps(self, request_dict: dict[str, Any]) -> bytes:
        data = dict(request_dict)
        data["body"] = (data.get("body") or b"").decode(_BYTES)
        data["headers"] = {
            _text(name): [_text(value) for value in values]
            for name, values in (data.get("headers") or {}).items()
        }
        try:
            return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
        except TypeError as error:
            raise TypeError(
                f"request {data.get('url')} cannot be stored in Redis as JSON ({error}):"
                " keep its meta and cb_kwargs to plain values"
            ) from None

    def loads(self, data: bytes) -> dict[str, Any]:
        """The request dict of ``data``; :class:`RefusedEntry` unless it is one we could write."""
        try:
            value = json.loads(data)
        except (ValueError, TypeError):
            raise RefusedEntry(f"not JSON (starts with {bytes(data[:12])!r})") from None
        if not isinstance(value, dict) or not isinstance(value.get("url"), str):
            raise RefusedEntry("not a JSON request (no url)")
        cls = value.get("_class")
        if cls is not None and cls not in ALLOWED_CLASSES:
            raise RefusedEntry(f"request class {cls!r} is not allowed")
        for name in ("callback", "errback"):
            method = value.get(name)
            if method is not None and (not isinstance(method, str) or method.startswith("_")):
                raise RefusedEntry(f"{name} {method!r} is not a public spider method")
        body = value.get("body") or ""
        headers = value.get("headers") or {}
        if not isinstance(body, str) or not isinstance(headers, dict):
            raise RefusedEntry("body or headers of the wrong type")
        try:
            value["body"] = body.encode(_BYTES)
            value["headers"] = {
                name.encode(_BYTES): [item.encode(_BYTES) for item in items]
                for name, items in headers.items()
            }
        except (AttributeError, TypeError, UnicodeEncodeError):
            raise RefusedEntry("body or headers are not byte strings") from None
        return value


def _text(value: bytes | str) -> str:
    return value.decode(_BYTES) if isinstance(value, bytes) else value


REQUEST_CODEC = JsonRequestCodec()
