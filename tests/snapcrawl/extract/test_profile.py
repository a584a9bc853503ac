from __future__ import annotations

import pytest

from snapcrawl.errors import ConfigError
from snapcrawl.extract import extract_article, load_profile

HTML = """<html><head><title>站点标题</title></head><body>
<div class="t">真正的标题</div>
<span class="d">2025-02-13 15:50</span><span class="s">某某晚报</span>
<div class="body"><p>第一段正文内容，讲述了事件的经过和各方的反应，细节十分丰富。</p>
<p>扫码关注本号</p><p>第二段正文内容，记者采访了多位当事人，了解到更多情况。</p></div>
<div class="side"><p>侧栏里很长很长的一段推广文字，内容与正文无关，但篇幅很长。</p></div>
</body></html>"""

PROFILE = """
name = "example"
nfkc = true
[selectors]
title = "div.t"
body = "div.body"
published_at = "span.d"
source = "span.s"
[noise]
patterns = ["^扫码关注"]
"""


def test_profile_pins_the_site(tmp_path):
    path = tmp_path / "example.toml"
    path.write_text(PROFILE, encoding="utf-8")
    profile = load_profile(path)
    article = extract_article(HTML, profile=profile)
    assert article.title == "真正的标题"
    assert article.source == "某某晚报"
    assert article.published_at.hour == 15
    assert "扫码关注本号" not in article.body
    assert "扫码关注本号" in article.noise
    assert "侧栏" not in article.body
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("[selectors]\ntitle = 'div[['\n", "selectors.title"),
        ("[selectors]\nheadline = 'h1'\n", "selectors.headline"),
        ("[noise]\npatterns = ['(']\n", "noise.patterns"),
        ("nfkc = 'yes'\n", "nfkc"),
        ("colour = 1\n", "colour"),
        ("not toml [", "profile"),
    ],
)
def test_bad_profiles_stop_with_the_fix(tmp_path, text, where):
    path = tmp_path / "profile.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_profile(path)
    assert str(path) in str(info.value)
    assert where == "profile" or where in str(info.value)


XPATH_PROFILE = """
[selectors]
title = "//div[@class='t']"
body = "(//div[@class='body'])[1]"
published_at = "xpath:.//span[@class='d']/text()"
source = "css:span.s::text"
author = "span.s + span::attr(data-name)"
"""


def test_profile_selectors_may_be_xpath_or_css_with_parsel_pseudo_elements(tmp_path):
    path = tmp_path / "xpath.toml"
    path.write_text(XPATH_PROFILE, encoding="utf-8")
    html = HTML.replace("某某晚报</span>", "某某晚报</span><span data-name='陶然'>作者</span>")
    article = extract_article(html, profile=load_profile(path))
    assert article.title == "真正的标题"
    assert article.source == "某某晚报"
    assert article.published_at.minute == 50
    assert article.author == "陶然"
    assert "侧栏" not in article.body


@pytest.mark.parametrize(
    ("selector", "kind"),
    [
        ("//div[@class=", "XPATH"),
        ("(//h1", "XPATH"),
        ("xpath:.//p[", "XPATH"),
        ("div > > p", "CSS"),
        ("css://div", "CSS"),
        ("", "non-empty"),
    ],
)
def test_a_bad_selector_names_the_key_the_selector_and_its_kind(tmp_path, selector, kind):
    path = tmp_path / "profile.toml"
    path.write_text(f'[selectors]\nsource = "{selector}"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_profile(path)
    message = str(info.value)
    assert f"{path}:selectors.source" in message
    assert repr(selector) in message
    assert kind in message


@pytest.mark.parametrize(
    ("text", "where", "fix"),
    [
        ("nmae = 'x'\n", "nmae", "did you mean name?"),
        ("selector = {title = 'h1'}\n", "selector", "did you mean selectors?"),
        ("body = 'div'\n", "body", "body goes under [selectors]"),
        ("patterns = ['x']\n", "patterns", "patterns goes under [noise]"),
        ("[selectors]\npublished = 'span'\n", "selectors.published", "did you mean published_at?"),
        ("[noise]\npattern = ['x']\n", "noise.pattern", "did you mean patterns?"),
        ("[noise]\nregex = ['x']\n", "noise.regex", "no such key: use patterns"),
    ],
)
def test_an_unknown_key_stops_the_load_with_the_closest_known_one(tmp_path, text, where, fix):
    path = tmp_path / "profile.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_profile(path)
    assert f"{path}:{where}=" in str(info.value)
    assert fix in str(info.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("selectors = 'h1'\n", "selectors='h1': make it a table"),
        ("[noise]\npatterns = '^x'\n", "noise.patterns='^x': use a list of regexes"),
    ],
)
def test_a_table_or_list_of_the_wrong_kind(tmp_path, text, message):
    path = tmp_path / "profile.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_profile(path)
    assert message in str(info.value)


def test_a_profile_that_cannot_be_read_names_the_file_and_the_fix(tmp_path):
    missing = tmp_path / "missing.toml"
    with pytest.raises(ConfigError) as info:
        load_profile(missing)
    assert str(info.value) == f"profile {missing}: no such file: check the path of the profile"
    with pytest.raises(ConfigError, match="a directory: give the path of a TOML file"):
        load_profile(tmp_path)
    latin = tmp_path / "latin.toml"
    latin.write_bytes('name = "caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(ConfigError, match=r"not UTF-8.*save it as UTF-8"):
        load_profile(latin)
