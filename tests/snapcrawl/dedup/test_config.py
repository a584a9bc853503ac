from __future__ import annotations

import dataclasses

import pytest

from snapcrawl.dedup.config import DedupConfig


def test_defaults() -> None:
    config = DedupConfig()
    assert config.threshold == 0.8
    assert config.shingle == 5
    assert config.bands * config.rows <= config.num_perm
    # LSH proposes almost every pair at the threshold, few hard negatives (J ~ 1/3)
    assert config.candidate_probability(0.8) > 0.999
    assert config.candidate_probability(0.33) < 0.25
    assert 0.7 < config.accept_at < config.threshold


def test_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DedupConfig().threshold = 0.5  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"threshold": 1.5},
            "SNAPCRAWL_DEDUP_THRESHOLD=1.5: use a Jaccard between 0 and 1 (default 0.8)",
        ),
        ({"threshold": 0}, "SNAPCRAWL_DEDUP_THRESHOLD=0: use a Jaccard between 0 and 1"),
        ({"threshold": "0.8"}, "SNAPCRAWL_DEDUP_THRESHOLD='0.8': use a Jaccard"),
        ({"threshold": float("nan")}, "SNAPCRAWL_DEDUP_THRESHOLD=nan"),
        ({"shingle": 0}, "SNAPCRAWL_DEDUP_SHINGLE=0: use a whole number"),
        ({"shingle": 2.5}, "SNAPCRAWL_DEDUP_SHINGLE=2.5"),
        ({"num_perm": 100}, "SNAPCRAWL_DEDUP_NUM_PERM=100: use a power of two"),
        ({"num_perm": 8}, "SNAPCRAWL_DEDUP_NUM_PERM=8"),
        ({"bands": 0}, "SNAPCRAWL_DEDUP_BANDS=0"),
        ({"rows": 9}, "SNAPCRAWL_DEDUP_ROWS=9: use at least 1 and bands * rows <= num_perm"),
        ({"verify_confidence": 1.0}, "SNAPCRAWL_DEDUP_VERIFY_CONFIDENCE=1.0"),
        ({"lease_seconds": 0}, "SNAPCRAWL_DEDUP_LEASE=0: use a number of seconds above 0"),
        ({"seed": -1}, "SNAPCRAWL_DEDUP_SEED=-1"),
        ({"seed": True}, "SNAPCRAWL_DEDUP_SEED=True"),
    ],
)
def test_invalid_settings_name_setting_value_and_fix(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=r"^SNAPCRAWL_DEDUP_") as caught:
        DedupConfig(**kwargs)
    assert str(caught.value).startswith(message)


def test_margin_shrinks_with_more_slots() -> None:
    assert DedupConfig(num_perm=256, bands=16).margin < DedupConfig().margin


def test_store_params_cover_the_signature_format() -> None:
    assert set(DedupConfig().store_params()) == {
        "normal_form",
        "shingle",
        "num_perm",
        "bands",
        "rows",
        "seed",
    }
