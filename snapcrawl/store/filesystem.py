"""Where a dataset lives: a local directory or any pyarrow filesystem URI.

``s3://bucket/news?endpoint_override=http://minio:9000``, ``gs://bucket/news``,
``file:///srv/news`` or a plain path: :func:`open_location` resolves it with
``pyarrow.fs.FileSystem.from_uri``. Writers need one fact about the
filesystem: whether a file can be renamed into place. A local disk can (write a
hidden temporary file, then rename it); an object store cannot, but there an
upload becomes visible only once complete, so the final key is written directly.

>>> location = open_location("/tmp/snapcrawl-doc") / "articles"
>>> location.path, location.local
('/tmp/snapcrawl-doc/articles', True)
"""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pyarrow.fs as pafs


@dataclass(frozen=True)
class DatasetLocation:
    """A directory in a pyarrow filesystem; ``path`` is in that filesystem's terms."""

    filesystem: pafs.FileSystem
    path: str

    @property
    def local(self) -> bool:
        """True on a local disk, where files are written to a temporary name and renamed."""
        return isinstance(self.filesystem, pafs.LocalFileSystem)

    def __truediv__(self, name: str) -> DatasetLocation:
        return DatasetLocation(self.filesystem, posixpath.join(self.path, name))

    def as_path(self) -> Path | PurePosixPath:
        """A :class:`Path` on a local disk, else the path inside the filesystem."""
        return Path(self.path) if self.local else PurePosixPath(self.path)

    def describe(self) -> str:
        """For logs: the path, prefixed with the filesystem's type when remote."""
        return self.path if self.local else f"{self.filesystem.type_name}://{self.path}"

    def __str__(self) -> str:
        """As :meth:`describe`: a message naming a location shows its path, not the
        dataclass's repr with ``<pyarrow._fs.LocalFileSystem object at 0x…>`` in it."""
        return self.describe()


def open_location(location: str | os.PathLike[str] | DatasetLocation) -> DatasetLocation:
    """Resolve a local path or a filesystem URI (``scheme://...``) to a location.

    Raises ``ValueError`` naming the location when pyarrow cannot open it
    (unknown scheme, a filesystem this pyarrow build lacks, bad options).
    """
    if isinstance(location, DatasetLocation):
        return location
    text = os.fspath(location)
    if "://" not in text:
        return DatasetLocation(pafs.LocalFileSystem(), os.path.abspath(text))
    try:
        filesystem, path = pafs.FileSystem.from_uri(text)
    except (ValueError, NotImplementedError, OSError) as error:  # ArrowInvalid & co.
        raise ValueError(f"{text!r}: not a filesystem pyarrow can open ({error})") from None
    return DatasetLocation(filesystem, path.rstrip("/") or "/")
