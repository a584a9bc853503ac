"""The shortcuts of the session-24 speed round give what the full work gives: container
scoring without the owners that add nothing, ``keep_blocks`` on a container holding no
list, and the dated copy notice looked for among the notice gate's lines only."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from snapcrawl.extract import NotAnArticle, meta
from snapcrawl.extract.blocks import keep_blocks
from snapcrawl.extract.body import _score, choose_container
from snapcrawl.extract.dom import Line
from snapcrawl.extract.labeled_lines import label_index
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.notice_gate import may_be_host_text
from snapcrawl.extract.page import read_page

_DEMO = Path(__file__).resolve().parents[3] / "snapcrawl" / "demo_site"


def _demo_lines() -> list[list[Line]]:
    pages = []
    for path in sorted(_DEMO.rglob("*.html"))[:60]:
        try:
            pages.append(read_page(path.read_bytes()).lines)
        except NotAnArticle:
            continue
    assert len(pages) >= 30
    return pages


def _chosen_in_full(lines: list[Line]) -> etree._Element:
    """``choose_container`` as it was: every owner scored, strict first."""
    scores = _score(lines, strict=True)
    best = max(scores.values())
    if best <= 0:
        scores = _score(lines, strict=False)
        best = max(scores.values())
    tied = [el for el, score in scores.items() if score == best]
    return max(tied, key=lambda el: sum(1 for _ in el.iterancestors()))


def test_sparse_scores_are_the_full_scores_bit_for_bit() -> None:
    for lines in _demo_lines():
        for strict in (True, False):
            full = _score(lines, strict)
            sparse = _score(lines, strict, sparse=True)
            assert sparse.keys() <= full.keys()
            assert all(full[el].hex() == value.hex() for el, value in sparse.items())
            assert all(full[el] == 0.0 for el in full.keys() - sparse.keys())
        assert choose_container(lines) is _chosen_in_full(lines)


def test_a_page_of_links_only_is_scored_in_full() -> None:
    """No prose anywhere: the best score is not above zero, and the skipped owners' zero
    scores count again, as they always did."""
    page = (
        "<html><body><div><p>&nbsp;</p>"
        "<ul><li><a href='/a'>一条链接</a></li></ul></div></body></html>"
    )
    lines = read_page(page).lines
    assert choose_container(lines) is _chosen_in_full(lines)


def test_keep_blocks_leaves_a_container_without_lists_alone() -> None:
    page = read_page(
        "<html><body><ul><li><div>"
        + "".join(
            f"<p>第{i}段，这是一个足够长的句子，讲了一件事情。</p><p>短行</p>" for i in range(4)
        )
        + "</div></li></ul></body></html>"
    )
    container = page.lines[0].ancestors[1]  # the div: the list stands above it, not below
    assert container.tag == "div"
    kinds = [(Kind.GOOD, "") if ln.chars > 10 else (Kind.SHORT, "") for ln in page.lines]
    keep = [kind is Kind.GOOD for kind, _ in kinds]
    before = list(keep)
    keep_blocks(page.lines, kinds, keep, container)
    assert keep == before


def test_copy_notice_found_among_the_gate_lines_as_in_every_line() -> None:
    texts = [
        "海港市今天举行了新闻发布会，介绍了今年上半年的经济运行情况。",
        "2024年3月5日 10:00 的一条消息，没有任何声明。",
        "　" * 50 + "本页快照生成于 2023-07-01 08:30" + "　" * 200,  # longer than the gate reads
        "版权所有，转载请注明出处 2024-03-05 09:00",
        "本页快照于2024-03-06保存",
    ]
    owner = etree.Element("p")
    for order in (texts, texts[::-1], texts[1:2] + texts[3:], texts[:3]):
        lines = [
            Line(text, owner, pos, chars=len(text.replace("　", "")))
            for pos, text in enumerate(order)
        ]
        index = label_index(lines)
        gated = meta.extract_snapshot_at(lines, index, may_be_host_text(lines))
        assert gated == meta.extract_snapshot_at(lines, index)
    lines = [
        Line(text, owner, pos, chars=len(text.replace("　", ""))) for pos, text in enumerate(texts)
    ]
    found = meta.extract_snapshot_at(lines, label_index(lines), may_be_host_text(lines))
    assert found is not None
    assert (found.year, found.month) == (2023, 7)
