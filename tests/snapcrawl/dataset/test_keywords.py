from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snapcrawl.dataset.keywords import (
    KeywordExtractor,
    _article_text,
    is_keyword,
    load_model,
    load_stopwords,
    to_nfkc,
    top_keywords,
)

VACCINE_TITLE = "全国新冠疫苗接种工作稳步推进"
VACCINE_BODY = (
    "国家卫生健康委员会15日表示，截至2021年3月15日，全国累计报告接种新冠病毒疫苗6500万剂次。\n"
    "专家指出，疫苗接种是预防新冠肺炎的有效手段，我们要积极推进老年人接种工作。\n"
    "目前，各地疫苗接种点已经开放预约，市民可以通过手机预约接种时间。\n"
    "记者了解到，北京、上海等地的接种点周末也正常开放，部分社区还提供上门接种服务。"
)

# Known articles (title, body) and the words a reader would name first.
KNOWN = {
    "sport": (
        "中国女排3比1战胜巴西队晋级决赛",
        "在昨晚进行的世界女排联赛半决赛中，中国女排以3比1战胜巴西队，晋级决赛。"
        "主攻手朱婷拿下全场最高的28分。主教练郎平赛后表示，球队在拦网和发球环节表现出色，"
        "但一传仍有提升空间。决赛中，中国女排将对阵美国队。",
    ),
    "economy": (
        "央行宣布下调存款准备金率0.5个百分点",
        "中国人民银行今日宣布，决定于下月5日下调金融机构存款准备金率0.5个百分点，"
        "释放长期资金约1万亿元。央行有关负责人表示，此次降准旨在保持流动性合理充裕，"
        "支持实体经济发展，降低企业融资成本。分析人士认为，降准有助于稳定市场预期，"
        "银行信贷投放能力将进一步增强。",
    ),
    "typhoon": (
        "台风“山竹”登陆广东 多地停工停课",
        "今年第22号台风“山竹”于16日17时在广东台山海宴镇登陆，登陆时中心附近最大风力14级。"
        "受台风影响，广东、广西、海南等地出现强降雨。广东省防汛防旱防风总指挥部启动防风Ⅰ级"
        "应急响应，全省多地停工停课，转移群众超过200万人。气象部门提醒，台风过境后仍需防范"
        "山洪、泥石流等次生灾害。",
    ),
}
EXPECTED_FIRST = {
    "sport": ({"中国女排", "决赛", "巴西队"}, {"朱婷", "郎平", "美国队"}),
    "economy": ({"降准", "准备金率", "存款"}, {"央行", "中国人民银行", "下调"}),
    "typhoon": ({"台风", "山竹"}, {"登陆", "广东", "停课", "停工"}),
}


@pytest.fixture(scope="module")
def extractor() -> KeywordExtractor:
    load_model()
    return KeywordExtractor()


def test_a_clear_topic_gives_its_words_first(extractor):
    keywords = extractor.extract(VACCINE_TITLE, VACCINE_BODY)
    assert set(keywords[:3]) == {"疫苗", "接种", "新冠"}
    assert {"预约", "肺炎"} <= set(keywords)
    assert len(keywords) == 10


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_known_articles_give_the_words_a_reader_would_name(extractor, name):
    first, among = EXPECTED_FIRST[name]
    keywords = extractor.extract(*KNOWN[name])
    assert set(keywords[: len(first)]) == first
    assert among <= set(keywords)
    assert not [word for word in keywords if any(ch.isdigit() for ch in word)]
    assert not {"表示", "今日", "昨晚", "今年", "超过"} & set(keywords)


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


def test_the_model_is_loaded_once_per_process():
    assert load_model() is load_model()


def test_loading_the_model_does_not_import_jieba():
    """jieba's own segmenter costs ~2 s and ~200 MB per worker: only its IDF file is read."""
    code = (
        "import sys; from snapcrawl.dataset.keywords import KeywordExtractor\n"
        "print(KeywordExtractor().extract('疫苗', '疫苗接种工作')); print(sorted("
        "m for m in sys.modules if m.split('.')[0] in ('jieba', 'rjieba')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0].startswith("['疫苗', '接种'")
    assert out[1] == "['rjieba', 'rjieba.rjieba']"


class _Words:
    """A tokenizer giving jieba.analyse the words rjieba gives us."""

    def cut(self, text: str) -> list[str]:
        return load_model().cut(text)


@pytest.mark.parametrize(("title", "body"), [(VACCINE_TITLE, VACCINE_BODY), *KNOWN.values()])
def test_scores_are_jieba_analyse_tfidf_over_the_same_words(title, body):
    """Same words in, same ranking out as jieba.analyse.extract_tags (then our filter)."""
    import jieba.analyse

    tfidf = jieba.analyse.TFIDF()
    tfidf.tokenizer = _Words()
    tfidf.stop_words = set(load_stopwords())
    text = _article_text(title, body, 1)
    expected = [w for w in tfidf.extract_tags(text, topK=None) if is_keyword(w, load_stopwords())]
    assert KeywordExtractor().extract(title, body) == expected[:10]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        st.one_of(st.sampled_from("一中文，。、５Ｇ\u3000\u0301\u1100\u1161"), st.characters()),
        max_size=60,
    )
)
def test_to_nfkc_is_nfkc(text):
    assert to_nfkc(text) == unicodedata.normalize("NFKC", text)


def _ranked_in_full(words: list[str], top_k: int) -> list[str]:
    """jieba.analyse's way: score every word, stable sort, then filter."""
    model = load_model()
    scores: dict[str, float] = {}
    for word in words:
        if len(word) >= 2:
            scores[word] = scores.get(word, 0) + 1
    for word in scores:
        scores[word] *= model.idf.get(word, model.median_idf)
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    return [w for w in ranked if is_keyword(w, model.stopwords)][:top_k]


_vocabulary = [
    "疫苗",
    "接种",
    "新冠",
    "我们",
    "预约",
    "的",
    "2025年",
    "北京",
    "一线",
    "未登录词甲",
    "未登录词乙",
    "上海",
    "表示",
    "肺炎",
    "社区",
    "开放",
    "医院",
    "专家",
]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_vocabulary), max_size=80), top_k=st.integers(1, 12))
def test_pruned_ranking_equals_scoring_every_word(words, top_k):
    assert top_keywords(words, load_model(), top_k, 2) == _ranked_in_full(words, top_k)


_cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_any_text = st.text(st.one_of(_cjk, st.characters()), max_size=300)


LONE = chr(0xD800), chr(0xDFFF)  # built at run time: Python 3.13's compile() of a rewritten
# test module cannot encode a surrogate written in its source


@pytest.mark.parametrize("body", [LONE[0], f"中国经济{LONE[1]}增长，中国经济稳定"])
def test_a_lone_surrogate_is_dropped_not_raised(extractor, body):
    """rjieba takes UTF-8 only: a lone surrogate raised UnicodeEncodeError (hypothesis found
    U+D800 once on Python 3.12); such text is what a caller's own string may hold."""
    keywords = extractor.extract(None, body)
    assert not any(lone in word for word in keywords for lone in LONE)
    assert keywords == extractor.extract(None, body.replace(LONE[0], "").replace(LONE[1], ""))


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
