"""Scrapyd: ``scrapyd-deploy --build-egg`` builds an egg that Scrapyd can run."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import zipfile

from tests.crawling import REPO_ROOT

PACKAGED = ["scrapy.cfg", "pyproject.toml", "README.md", "crawler", "pipelines", "snapcrawl"]
BUILD_EGG = "from scrapyd_client.deploy import main; main()"  # the scrapyd-deploy script

# What Scrapyd's runner does with an egg: put it first on sys.path, read the
# ``scrapy``/``settings`` entry point, load the project settings, list spiders.
ACTIVATE = """
import configparser, os, sys, zipfile
egg = sys.argv[1]
entry_points = configparser.ConfigParser()
entry_points.read_string(zipfile.ZipFile(egg).read("EGG-INFO/entry_points.txt").decode())
os.environ["SCRAPY_SETTINGS_MODULE"] = entry_points["scrapy"]["settings"].strip()
sys.path.insert(0, egg)
import crawler
assert crawler.__file__.startswith(egg), crawler.__file__
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.project import get_project_settings
print(",".join(SpiderLoader.from_settings(get_project_settings()).list()))
"""


def test_scrapyd_deploy_builds_an_egg_scrapyd_can_run(tmp_path):
    project = tmp_path / "project"  # scrapyd-deploy writes setup.py and build/ into it
    for name in PACKAGED:
        source = REPO_ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            project.mkdir(exist_ok=True)
            shutil.copy2(source, project / name)
    egg = tmp_path / "snapcrawl.egg"
    built = subprocess.run(
        [sys.executable, "-c", BUILD_EGG, f"--build-egg={egg}"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert built.returncode == 0, built.stderr
    names = set(zipfile.ZipFile(egg).namelist())
    assert {
        "crawler/settings.py",
        "crawler/spiders/snapshot.py",
        "pipelines/dedup.py",
        "snapcrawl/schedule/file.py",
        "snapcrawl/dataset/stopwords_zh.txt",
    } <= names
    assert not any(name.startswith("tests/") for name in names)

    entry_points = configparser.ConfigParser()
    entry_points.read_string(zipfile.ZipFile(egg).read("EGG-INFO/entry_points.txt").decode())
    assert entry_points.get("scrapy", "settings", fallback=None) == "crawler.settings", (
        'pyproject.toml needs [project.entry-points.scrapy] settings = "crawler.settings"'
    )
    listed = subprocess.run(
        [sys.executable, "-I", "-c", ACTIVATE, str(egg)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split() == ["snapshot"]


def test_scrapy_cfg_has_a_deploy_target():
    config = configparser.ConfigParser()
    config.read(REPO_ROOT / "scrapy.cfg")
    assert config.get("deploy", "project") == "snapcrawl"
    assert config.get("deploy", "url").startswith("http")
    assert config.get("settings", "default") == "crawler.settings"
