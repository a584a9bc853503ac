from __future__ import annotations

import random
import re

from snapcrawl.extract.word_trie import any_of, longest_first


def _plain(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def _cases(seed: int) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    alphabet = "abc来源.*?:"  # regex metacharacters too: every character is escaped
    words = sorted({"".join(rng.choices(alphabet, k=rng.randint(1, 4))) for _ in range(12)})
    texts = ["".join(rng.choices(alphabet + " ", k=rng.randint(0, 12))) for _ in range(300)]
    return words, texts


def test_longest_first_matches_as_the_sorted_alternation_does():
    for seed in range(40):
        words, texts = _cases(seed)
        # A tail after the word, as LABEL_RE has: the trie must back off to a shorter word.
        plain = re.compile(f"(?:{_plain(words).pattern})[:.]")
        trie = re.compile(f"(?:{longest_first(words)})[:.]")
        for text in texts:
            assert [m.span() for m in trie.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


def test_any_of_finds_a_word_where_the_alternation_does():
    for seed in range(40):
        words, texts = _cases(seed)
        plain, trie = _plain(words), re.compile(any_of(words))
        for text in texts:
            assert bool(trie.search(text)) == bool(plain.search(text))


def test_shapes():
    assert longest_first(["来源", "来源网站", "ab"]) == "(?:ab|来源(?:网站)?)"
    assert any_of(["ad", "ads", "nav", "navbar"]) == "(?:ad|nav)"
    assert re.search(longest_first([]), "anything") is None
