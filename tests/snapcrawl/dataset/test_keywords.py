from __future__ import annotations

import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snapcrawl.dataset.keywords import KeywordExtractor, is_keyword, load_model, load_stopwords

VACCINE_TITLE = "全国新冠疫苗接种工作稳步推进"
VACCINE_BODY = (
    "国家卫生健康委员会15日表示，截至2021年3月15日，全国累计报告接种新冠病毒疫苗6500万剂次。\n"
    "专家指出，疫苗接种是预防新冠肺炎的有效手段，我们要积极推进老年人接种工作。\n"
    "目前，各地疫苗接种点已经开放预约，市民可以通过手机预约接种时间。\n"
    "记者了解到，北京、上海等地的接种点周末也正常开放，部分社区还提供上门接种服务。"
)


@pytest.fixture(scope="module")
def extractor() -> KeywordExtractor:
    load_model()
    return KeywordExtractor()


def test_a_clear_topic_gives_its_words_first(extractor):
    keywords = extractor.extract(VACCINE_TITLE, VACCINE_BODY)
    assert set(keywords[:3]) == {"疫苗", "接种", "新冠"}
    assert {"预约", "肺炎"} <= set(keywords)
    assert len(keywords) == 10


def test_stopwords_numbers_dates_and_fragments_stay_out(extractor):
    keywords = extractor.extract(VACCINE_TITLE, VACCINE_BODY)
    stopwords = load_stopwords()
    assert not [word for word in keywords if word.lower() in stopwords]
    for noise in ("我们", "目前", "表示", "记者", "2021", "15", "万剂", "6500", "周末", "可以"):
        assert noise not in keywords
    assert all(len(word) >= 2 for word in keywords)


def test_full_width_digits_are_numbers_too(extractor):
    keywords = extractor.extract(
        "", "２０２４年１２月３１日，５Ｇ网络覆盖全国，５Ｇ基站超过４００万个。"
    )
    assert "5G" in keywords
    assert not [word for word in keywords if any(ch.isdigit() for ch in word) and word != "5G"]


@pytest.mark.parametrize(
    ("title", "body"),
    [("", ""), (None, None), ("", "   \n\t"), ("", "，。！？……"), ("", "2025年3月15日 12:30")],
)
def test_nothing_to_say_gives_an_empty_list(extractor, title, body):
    assert extractor.extract(title, body) == []


def test_top_k_bounds_the_list(extractor):
    assert len(KeywordExtractor(top_k=3).extract(VACCINE_TITLE, VACCINE_BODY)) == 3


def test_the_title_counts_title_weight_times():
    body = "足球比赛今晚举行。篮球训练明天开始。足球篮球都受欢迎。"
    title = "篮球联赛将开幕"
    assert "篮球联赛" not in KeywordExtractor(title_weight=0).extract(title, body)
    assert KeywordExtractor(top_k=2).extract(title, body) == ["篮球", "篮球联赛"]
    assert KeywordExtractor(top_k=1, title_weight=2).extract(title, body) == ["篮球联赛"]


def test_allow_pos_keeps_only_those_tags():
    keywords = KeywordExtractor(allow_pos=("nr", "ns")).extract(VACCINE_TITLE, VACCINE_BODY)
    assert {"北京", "上海"} <= set(keywords)
    assert not {"疫苗", "接种", "预约"} & set(keywords)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"top_k": 0}, "top_k=0"),
        ({"top_k": True}, "top_k=True"),
        ({"min_length": 0}, "min_length=0"),
        ({"title_weight": -1}, "title_weight=-1"),
    ],
)
def test_a_bad_config_says_which_field(kwargs, message):
    with pytest.raises(ValueError, match=message):
        KeywordExtractor(**kwargs)


# Each rule: a word it removes and a word it keeps.
@pytest.mark.parametrize(
    ("word", "kept"),
    [
        ("疫苗", True),
        ("我们", False),  # stopword
        ("The", False),  # stopword, any case
        ("中", False),  # one character
        ("2025年", False),  # date
        ("十五日", False),  # date in Chinese numerals
        ("第三", False),  # ordinal
        ("三峡", True),  # a numeral inside a name
        ("三天", False),  # a count
        ("一季度", False),
        ("两局", False),
        ("十万户", False),
        ("一线", True),
        ("12:30", False),  # time
        ("3.5", False),  # number
        ("周一", False),  # weekday
        ("周恩来", True),
        ("——", False),  # punctuation
        ("5G", True),  # a name with a digit
        ("C++", True),
        ("www.example.com", False),  # URL fragment
        ("a_b", False),
    ],
)
def test_is_keyword_rules(word, kept):
    assert is_keyword(word, frozenset({"我们", "the"})) is kept


def test_shipped_stopwords_are_multi_character_and_lower_case():
    stopwords = load_stopwords()
    assert len(stopwords) > 300
    assert {"我们", "因为", "记者", "http"} <= stopwords
    assert all(word == word.lower() for word in stopwords)
    assert not {"经济", "政府", "疫苗"} & stopwords


def test_jieba_is_loaded_once_per_process():
    assert load_model() is load_model()


def test_jieba_global_tokenizers_are_not_ours():
    import jieba
    import jieba.posseg

    model = load_model()
    KeywordExtractor(allow_pos=("n",)).extract("标题", "疫苗接种")
    assert model.tfidf.tokenizer is not jieba.dt
    assert model.tfidf.postokenizer is not jieba.posseg.dt
    assert model.tfidf.postokenizer.tokenizer is model.tfidf.tokenizer


def test_jieba_speaks_through_logging_at_debug_only(caplog):
    import jieba

    load_model()
    jieba_logger = logging.getLogger("jieba")
    assert jieba.log_console not in jieba_logger.handlers  # its own stderr handler is gone
    assert not jieba_logger.handlers
    assert jieba_logger.level == logging.NOTSET  # the application's level decides
    with caplog.at_level(logging.DEBUG, logger="jieba"):
        jieba.Tokenizer().initialize()  # logs "Building prefix dict ..." as jieba does
    records = [r for r in caplog.records if r.name == "jieba" and "prefix dict" in r.getMessage()]
    assert records
    assert {r.levelno for r in records} == {logging.DEBUG}


_cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_any_text = st.text(st.one_of(_cjk, st.characters()), max_size=300)


@settings(max_examples=100, deadline=None)
@given(title=st.one_of(st.none(), _any_text), body=st.one_of(st.none(), _any_text))
def test_never_raises_on_any_text(extractor, title, body):
    keywords = extractor.extract(title, body)
    assert isinstance(keywords, list)
    assert len(keywords) <= extractor.top_k
    assert len(set(keywords)) == len(keywords)
    assert all(is_keyword(word, load_stopwords()) for word in keywords)


def test_doctests():
    import doctest

    import snapcrawl.dataset.keywords as module

    assert doctest.testmod(module).failed == 0
