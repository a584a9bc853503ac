"""The ``snapcrawl`` dispatcher, the one ``scrapy crawl`` builder and the one error path."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from crawler import cli
from crawler.cli import scrapy_crawl
from crawler.cli.errors import EXIT_LOCKED, EXIT_USAGE, CommandError, command
from snapcrawl.schedule.file import ScheduleError
from snapcrawl.state import LockHeld
from snapcrawl.state.lock import LockHolder


def test_help_lists_every_command_and_each_has_one_main(capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for name, (module_name, summary) in cli.COMMANDS.items():
        assert name in out
        assert summary in out
        assert callable(importlib.import_module(module_name).main)


def test_version_names_snapcrawl_scrapy_and_python(capsys):
    """The version the package declares, not a second copy that can drift."""
    import tomllib
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert exited.value.code == 0
    out = capsys.readouterr().out.strip()
    pyproject = Path(__file__).parents[3] / "pyproject.toml"
    declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    python = ".".join(map(str, sys.version_info[:3]))
    assert out == f"snapcrawl {declared} (Scrapy {version('scrapy')}, Python {python})"


def test_each_command_parses_its_own_arguments(capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["compact", "--help"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("usage: snapcrawl compact ")


@pytest.mark.parametrize("name", sorted(cli.COMMANDS))
def test_each_commands_help_is_plain_text_with_a_description(name, capsys):
    """Help goes to a terminal: no reST ``markup`` (extract's showed its docstring's)."""
    with pytest.raises(SystemExit) as exited:
        cli.main([name, "--help"])
    assert exited.value.code == 0
    usage, _, rest = capsys.readouterr().out.partition("\n\n")
    assert usage.startswith(f"usage: snapcrawl {name}")
    assert not rest.startswith(("positional arguments", "options"))  # a description first
    assert "``" not in rest


def test_the_crawl_is_scrapy_crawl_as_a_user_types_it():
    command = scrapy_crawl.snapshot_command("http://h.test/", Path("/d"), ["A=1", "A=2"])
    assert command == [
        *(sys.executable, "-m", "scrapy", "crawl", "snapshot", "-a", "start_url=http://h.test/"),
        *("-s", "DATA_DIR=/d", "-s", "A=1", "-s", "A=2"),
    ]
    env = scrapy_crawl.child_environment()
    assert env["SCRAPY_SETTINGS_MODULE"] == "crawler.settings"
    assert env["PYTHONPATH"].split(":")[0] == str(scrapy_crawl.PROJECT_ROOT)


def test_a_command_error_is_one_line_on_stderr_and_its_exit_code(capsys):
    @command("thing")
    def main(argv):
        raise CommandError("it broke", 3)

    assert main([]) == 3
    assert capsys.readouterr().err == "snapcrawl thing: it broke\n"


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (ScheduleError("bad file"), EXIT_USAGE),
        (LockHeld("news", Path("l"), LockHolder(run_id="r1")), EXIT_LOCKED),
    ],
)
def test_library_errors_have_their_exit_codes(error, code, caplog):
    @command("run", log_errors=True)
    def main(argv):
        raise error

    assert main([]) == code
    assert str(error) in caplog.text


def test_a_bug_keeps_its_traceback():
    @command("thing")
    def main(argv):
        raise KeyError("bug")

    with pytest.raises(KeyError):
        main([])
