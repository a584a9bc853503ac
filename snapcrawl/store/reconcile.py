"""What a run got into the dataset, read back from the dataset itself.

Files carry their run id in their name (``part-<run_id>-00001.parquet``), so
the rows of one run are found without scanning the whole dataset: recovery
after a crash reads only the dead run's own files.
"""

from __future__ import annotations

import pyarrow.fs as pafs

from snapcrawl.layout import part_prefix
from snapcrawl.store.filesystem import DatasetLocation


def urls_written_by_run(table: DatasetLocation, run_id: str) -> set[str]:
    """The ``url`` values of every visible file of ``run_id`` under ``table``."""
    selector = pafs.FileSelector(table.path, recursive=True, allow_not_found=True)
    prefix = part_prefix(run_id)
    files = [
        info.path
        for info in table.filesystem.get_file_info(selector)
        if info.type == pafs.FileType.File
        and info.base_name.startswith(prefix)
        and info.base_name.endswith(".parquet")
    ]
    if not files:
        return set()
    import pyarrow.dataset as ds  # imports pandas: only when a dead run left files

    dataset = ds.dataset(files, filesystem=table.filesystem, format="parquet")
    return set(dataset.to_table(columns=["url"]).column("url").to_pylist())
