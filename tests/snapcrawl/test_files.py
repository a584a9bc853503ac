"""A file is replaced whole or not at all, and no temporary file outlives a failure."""

from __future__ import annotations

import pytest

from snapcrawl.files import atomic_path, write_atomic


def test_text_and_bytes_are_written_in_new_folders(tmp_path):
    write_atomic(tmp_path / "a" / "b.json", '{"新": 1}\n')
    write_atomic(tmp_path / "c.bin", b"\x00\x01")
    assert (tmp_path / "a" / "b.json").read_text("utf-8") == '{"新": 1}\n'
    assert (tmp_path / "c.bin").read_bytes() == b"\x00\x01"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a", "b.json", "c.bin"]


def test_a_writer_that_fails_leaves_the_old_file_and_no_temporary_one(tmp_path):
    target = tmp_path / "index.html"
    target.write_text("old", "utf-8")

    def killed_mid_write() -> None:
        with atomic_path(target) as temp:
            temp.write_text("half", "utf-8")
            raise RuntimeError("killed mid-write")

    with pytest.raises(RuntimeError):
        killed_mid_write()
    assert target.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]


def test_the_temporary_name_is_hidden_beside_the_target(tmp_path):
    with atomic_path(tmp_path / "chart.png") as temp:
        assert temp.parent == tmp_path
        assert temp.name.startswith(".chart.png.")
        temp.write_bytes(b"png")
    assert (tmp_path / "chart.png").read_bytes() == b"png"
