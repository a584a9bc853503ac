"""The ``-s NAME=VALUE`` pairs every command reads through one parser."""

from __future__ import annotations

import argparse

import pytest

from crawler.cli.options import add_settings_option, parquet_uri, setting_values


def test_pairs_are_read_as_scrapy_crawl_reads_them_the_last_one_winning():
    pairs = ["LOG_LEVEL=INFO", " DATA_DIR = /srv/news ", "LOG_LEVEL=DEBUG", "X=a=b", "EMPTY="]
    assert setting_values(pairs) == {
        "LOG_LEVEL": "DEBUG",
        "DATA_DIR": "/srv/news",
        "X": "a=b",
        "EMPTY": "",
    }


def test_the_parquet_uri_is_read_from_the_commands_settings():
    settings = ["LOG_LEVEL=INFO", "SNAPCRAWL_PARQUET_URI=s3://a", "SNAPCRAWL_PARQUET_URI=s3://b"]
    assert parquet_uri(settings) == "s3://b"
    assert parquet_uri(["DATA_DIR=x"]) == ""


@pytest.mark.parametrize("text", ["LOG_LEVEL", "=INFO", " =x"])
def test_a_pair_without_a_name_is_a_usage_error(text, capsys):
    parser = argparse.ArgumentParser(prog="snapcrawl x")
    add_settings_option(parser)
    with pytest.raises(SystemExit) as stopped:
        parser.parse_args(["-s", text])
    assert stopped.value.code == 2
    assert "give a setting as NAME=VALUE" in capsys.readouterr().err
