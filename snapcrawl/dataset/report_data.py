"""What the report shows, computed from the dataset's three tables with pandas.

Each table is read with ``snapcrawl.dataset.read`` (hive partitioning) under the
union of its files' schemas, so files written before a column existed (``keywords``)
read as nulls there. A missing or empty table is not an error: it comes back
as ``None`` with a note saying why, and the report says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pandas as pd
import pyarrow.compute as pc
import pyarrow.dataset as ds

from snapcrawl.dataset.keywords import KeywordExtractor
from snapcrawl.dataset.read import Where, is_table, table_location, unified_dataset
from snapcrawl.dedup import url_host
from snapcrawl.dedup.types import ALTERNATE, REDIRECT

NO_CATEGORY = "（无类别）"
OTHER_CATEGORIES = "（其他）"
DUPLICATE_KINDS = ("url", "exact", "near")
# Bodies read per category when keywords must be computed (rows lacking the column).
MAX_BODIES_PER_CATEGORY = 500


@dataclass(frozen=True)
class Table:
    """One table as read: the frame (None when missing or empty) and what to say about it."""

    name: str
    frame: pd.DataFrame | None
    note: str = ""

    @property
    def rows(self) -> int:
        return 0 if self.frame is None else len(self.frame)


def read_table(
    where: Where, name: str, columns: Sequence[str] | Callable[[ds.Dataset], Sequence[str]]
) -> Table:
    """``columns`` of the table (those that exist), or None with the reason. ``columns``
    may be chosen from the opened table (e.g. by :func:`null_count`): it is opened once."""
    location = table_location(where, name)
    path = location.describe()
    if not is_table(location):
        return Table(name, None, f"no {name} table: {path} does not exist")
    dataset = unified_dataset(location, name)
    if not dataset.files:
        return Table(name, None, f"the {name} table at {path} has no files yet")
    wanted = columns(dataset) if callable(columns) else columns
    present = [name for name in wanted if name in dataset.schema.names]
    frame = dataset.to_table(columns=present).to_pandas()
    if frame.empty:
        return Table(name, None, f"the {name} table at {path} has no rows")
    return Table(name, frame)


def null_count(dataset: ds.Dataset, column: str) -> int:
    """Rows of a table where ``column`` is null (all rows when the column is absent)."""
    if column not in dataset.schema.names:
        return dataset.count_rows()
    return dataset.count_rows(filter=pc.field(column).is_null())


def hosts(frame: pd.DataFrame, url_column: str = "url") -> pd.Series:
    """The ``host`` column, filled from the URL where it is missing."""
    from_url = frame[url_column].map(lambda url: url_host(url) or "?")
    if "host" not in frame:
        return from_url
    return frame["host"].where(frame["host"].notna() & (frame["host"] != ""), from_url)


def categories(frame: pd.DataFrame) -> pd.Series:
    if "category" not in frame:
        return pd.Series(NO_CATEGORY, index=frame.index)
    return frame["category"].where(frame["category"].fillna("").str.strip() != "", NO_CATEGORY)


def articles_per_day(articles: pd.DataFrame) -> tuple[pd.Series, int]:
    """Article counts by published_at date (in the column's own zone), and how many lack one."""
    if "published_at" not in articles:
        return pd.Series(dtype="int64"), len(articles)
    published = articles["published_at"].dropna()
    counts = published.dt.date.value_counts().sort_index()
    return counts, len(articles) - len(published)


def category_counts(articles: pd.DataFrame) -> pd.Series:
    """Articles per category, largest first, ties in name order (the same every run)."""
    counts = categories(articles).value_counts().sort_index()
    return counts.sort_values(ascending=False, kind="stable")


def articles_per_category(articles: pd.DataFrame, top: int = 20) -> pd.Series:
    """Counts by category, largest first; past ``top`` the rest become one bar."""
    counts = category_counts(articles)
    if len(counts) > top:
        rest = counts.iloc[top - 1 :].sum()
        counts = pd.concat([counts.iloc[: top - 1], pd.Series({OTHER_CATEGORIES: rest})])
    return counts


def keywords_per_category(
    articles: pd.DataFrame,
    extractor: KeywordExtractor,
    top_categories: int = 6,
    per_category: int = 10,
) -> dict[str, list[tuple[str, int]]]:
    """For the largest categories: keywords by the number of articles listing them.

    Rows without a ``keywords`` value get theirs from title and body (at most
    MAX_BODIES_PER_CATEGORY per category).
    """
    frame = articles.assign(_category=categories(articles))
    result: dict[str, list[tuple[str, int]]] = {}
    for category in category_counts(articles).index[:top_categories]:
        rows = frame[frame["_category"] == category]
        counts: Counter[str] = Counter()
        computed = 0
        for row in rows.itertuples(index=False):
            words = getattr(row, "keywords", None)
            if words is None or (isinstance(words, float) and pd.isna(words)):
                if computed >= MAX_BODIES_PER_CATEGORY:
                    continue
                computed += 1
                words = extractor.extract(getattr(row, "title", None), getattr(row, "body", None))
            counts.update(dict.fromkeys(words, 1))  # once per article
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        result[category] = ranked[:per_category]
    return result


def duplicate_share_per_host(
    articles: pd.DataFrame | None, duplicates: pd.DataFrame | None
) -> pd.DataFrame:
    """Per host: articles kept, duplicates dropped by kind, and the dropped share of both.
    ``redirect`` and ``alternate`` rows are left out: they record URLs that led to a
    story or views of it that were not fetched, not copies."""
    table = pd.DataFrame({"kept": hosts(articles).value_counts() if articles is not None else []})
    if duplicates is not None and "kind" in duplicates:
        duplicates = duplicates[~duplicates["kind"].isin([REDIRECT, ALTERNATE])]
    if duplicates is not None:
        kinds = duplicates.get("kind", pd.Series("?", index=duplicates.index)).fillna("?")
        table = table.join(pd.crosstab(hosts(duplicates), kinds), how="outer")
    table = table.fillna(0).astype("int64")
    for kind in DUPLICATE_KINDS:
        if kind not in table:
            table[kind] = 0
    kind_columns = [c for c in table.columns if c != "kept"]
    table["duplicates"] = table[kind_columns].sum(axis=1)
    total = table["kept"] + table["duplicates"]
    table["share"] = (table["duplicates"] / total.where(total > 0, 1)).astype("float64")
    return table.sort_values(["share", "duplicates"], ascending=False)


def noise_per_host(
    articles: pd.DataFrame | None, runs: pd.DataFrame | None
) -> tuple[pd.DataFrame, str]:
    """Per host: noise lines removed in all and per article; and where the figures come from.

    From the articles' ``noise`` lists when present, else from the runs'
    ``noise_removed`` (by the host of each run's start URL).
    """
    if articles is not None and "noise" in articles and articles["noise"].notna().any():
        lengths = articles["noise"].map(lambda items: 0 if items is None else len(items))
        frame = pd.DataFrame({"host": hosts(articles), "noise": lengths})
        table = frame.groupby("host")["noise"].agg(removed="sum", articles="count")
        table["per_article"] = table["removed"] / table["articles"]
        return table.sort_values("removed", ascending=False), "articles.noise"
    if runs is not None and "noise_removed" in runs and runs["noise_removed"].notna().any():
        frame = pd.DataFrame(
            {"host": hosts(runs, "start_url"), "noise": runs["noise_removed"].fillna(0)}
        )
        table = frame.groupby("host")["noise"].agg(removed="sum")
        if "articles_kept" in runs:
            kept = runs.assign(host=hosts(runs, "start_url")).groupby("host")["articles_kept"].sum()
            table["articles"] = kept
            table["per_article"] = table["removed"] / kept.where(kept > 0, 1)
        return table.sort_values("removed", ascending=False), "runs.noise_removed"
    return pd.DataFrame(), ""
