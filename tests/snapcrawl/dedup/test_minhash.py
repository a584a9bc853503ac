from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snapcrawl.dedup.minhash import (
    band_keys,
    code_shingle_hashes,
    code_signature,
    estimate_jaccard,
    pack_signature,
    shingle_hashes,
    signature,
)

from .texts import METRO, TREES, join, random_story


def packed(text: str, num_perm: int = 128) -> bytes:
    sig = signature(shingle_hashes(text, 5), num_perm)
    assert sig is not None
    return pack_signature(sig)


def true_jaccard(a: str, b: str, k: int = 5) -> float:
    sa = {a[i : i + k] for i in range(len(a) - k + 1)}
    sb = {b[i : i + k] for i in range(len(b) - k + 1)}
    return len(sa & sb) / len(sa | sb)


def test_shingle_hashes_count_and_order_independence() -> None:
    assert shingle_hashes("", 5).size == 0
    assert shingle_hashes("今天", 5).size == 1  # shorter than a shingle: one shingle
    assert shingle_hashes("今天北京下雨了", 5).size == 3
    a = set(shingle_hashes("甲乙丙丁戊己", 5).tolist())
    b = set(shingle_hashes("乙丙丁戊己庚", 5).tolist())
    assert len(a & b) == 1  # only 乙丙丁戊己 is shared


def test_seed_changes_hashes() -> None:
    assert not np.array_equal(
        shingle_hashes("今天北京下雨了", 5, 1), shingle_hashes("今天北京下雨了", 5, 2)
    )


def test_signature_of_nothing_is_none() -> None:
    assert signature(shingle_hashes("", 5), 128) is None


@pytest.mark.parametrize("length", [1, 10, 60, 200, 2000])
def test_signature_every_slot_filled(length: int) -> None:
    sig = signature(shingle_hashes(random_story(length)[:length], 5), 128)
    assert sig is not None
    assert sig.shape == (128,)
    assert sig.dtype == np.uint16


def test_estimate_tracks_true_jaccard() -> None:
    base = random_story(1, 1200)
    for cut in (60, 150, 300, 600):
        copy = base[cut:]
        estimate = estimate_jaccard(packed(base, 256), packed(copy, 256))
        assert abs(estimate - true_jaccard(base, copy)) < 0.12


def test_estimate_on_unrelated_and_identical() -> None:
    a, b = join(TREES), join(METRO)
    assert estimate_jaccard(packed(a), packed(a)) == 1.0
    assert estimate_jaccard(packed(a), packed(b)) < 0.1
    assert estimate_jaccard(packed(a), b"") == 0.0


@settings(max_examples=50)
@given(
    st.text(alphabet="春夏秋冬风雨雷电山水田木", min_size=1, max_size=80),
    st.text(alphabet="春夏秋冬风雨雷电山水田木", min_size=1, max_size=80),
)
def test_estimate_symmetric_and_bounded(a: str, b: str) -> None:
    ab = estimate_jaccard(packed(a), packed(b))
    assert ab == estimate_jaccard(packed(b), packed(a))
    assert 0.0 <= ab <= 1.0


def test_band_keys_equal_only_for_equal_bands() -> None:
    sig = signature(shingle_hashes(random_story(3), 5), 128)
    assert sig is not None
    keys = band_keys(sig, 16, 4)
    assert len(keys) == len(set(keys)) == 16
    assert all(-(2**63) <= k < 2**63 for k in keys)
    other = sig.copy()
    other[5] ^= 1  # slot 5 is in band 1
    changed = band_keys(other, 16, 4)
    assert [i for i in range(16) if keys[i] != changed[i]] == [1]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.integers(1, 0x10FFFF), max_size=200),
    st.sampled_from([(5, 128, 1), (3, 64, 7), (1, 1024, 2), (9, 16, 3)]),
)
def test_code_signature_is_signature_of_the_shingle_hashes(
    codes: list[int], params: tuple[int, int, int]
) -> None:
    """make_entry's fused path skips the mixer's last step: the same signature."""
    size, num_perm, seed = params
    array = np.array(codes, dtype=np.uint32)
    fused = code_signature(array, size, num_perm, seed)
    two_step = signature(code_shingle_hashes(array, size, seed), num_perm, seed)
    if not codes:
        assert fused is None
        assert two_step is None
    else:
        assert fused is not None
        assert two_step is not None
        assert fused.tolist() == two_step.tolist()
