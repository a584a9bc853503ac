from __future__ import annotations

import re

from snapcrawl.extract.joined_search import positions_matching


def test_positions_are_the_texts_a_search_of_each_finds():
    """Once each, in order; a word at a text's start or end is its text's; no match made of
    the end of one text and the start of the next."""
    texts = ["关注", "引起广泛关注，再次关注", "关", "注", "", "+ 关注", "无"]
    follow = re.compile("关注")
    assert positions_matching(texts, follow) == [0, 1, 5]
    assert positions_matching(texts, follow) == [
        i for i, text in enumerate(texts) if follow.search(text)
    ]
    assert positions_matching([], follow) == []
    assert positions_matching(["", ""], follow) == []
