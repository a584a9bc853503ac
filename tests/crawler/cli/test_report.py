"""``snapcrawl report``: the command around ``snapcrawl.dataset.report.write_report``."""

from __future__ import annotations

from crawler.cli.report import main
from snapcrawl.dataset import report
from snapcrawl.dataset.report import IMAGES
from snapcrawl.dataset.report_fonts import CjkFont, MissingCjkFontError
from tests.crawling import run_snapcrawl as snapcrawl
from tests.snapcrawl.dataset.report_dataset import build_dataset
from tests.snapcrawl.dataset.test_report import image_sources


def test_no_cjk_font_at_all_is_a_clear_cli_error(tmp_path, monkeypatch, capsys):
    def no_font() -> CjkFont:
        raise MissingCjkFontError("no CJK-capable font found for the report's charts: ...")

    monkeypatch.setattr(report, "find_cjk_font", no_font)
    assert main([str(build_dataset(tmp_path / "data", duplicates=False, runs=False))]) == 69
    assert "no CJK-capable font" in capsys.readouterr().err


def test_main_prints_the_path_it_wrote(tmp_path, capsys):
    data_dir = build_dataset(tmp_path / "data", duplicates=False)
    out = tmp_path / "out" / "index.html"
    assert main([str(data_dir), "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}\n"
    assert out.is_file()


def test_main_on_a_missing_dir_fails_clearly(tmp_path, capsys):
    assert main([str(tmp_path / "nope")]) == 2
    assert "no dataset at" in capsys.readouterr().err


def test_a_folder_that_holds_no_table_is_no_dataset(tmp_path):
    """``snapcrawl report ~`` (a mistyped DATA_DIR) wrote a report of nothing into ~/report."""
    folder = tmp_path / "home"
    folder.mkdir()
    result = snapcrawl("report", str(folder))
    assert result.returncode == 2
    assert f"no dataset at {folder} (no articles/, duplicates/, runs/ in it)" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(folder.iterdir()) == []


def test_the_report_reads_tables_written_to_the_parquet_uri(tmp_path, capsys):
    lake = build_dataset(tmp_path / "lake")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    assert main([str(data_dir), "-s", f"SNAPCRAWL_PARQUET_URI=file://{lake}"]) == 0
    out = data_dir / "report" / "index.html"  # the report stays in DATA_DIR
    assert capsys.readouterr().out.strip() == str(out)
    assert "no articles table" not in out.read_text("utf-8")
    assert sorted(image_sources(out.read_text("utf-8"))) == sorted(IMAGES)


def test_an_unreadable_parquet_file_is_named_in_one_line_with_exit_65(tmp_path):
    import subprocess
    import sys

    from crawler.exit_codes import EXIT_DATA
    from tests.crawling import REPO_ROOT
    from tests.damaged import with_broken_file

    bad = with_broken_file(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "report", str(tmp_path / "data")],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == EXIT_DATA
    assert bad.name in result.stderr
    assert "snapcrawl state check DATA_DIR --quarantine" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
