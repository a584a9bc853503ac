"""Speed rewrites of session 35 (h-sp4) give the same answers as the forms they replaced."""

from __future__ import annotations

import re

from snapcrawl.extract.chrome_vocab import PROMO_ACTION

# The app-store branch as first written: a group opening the branch.
_GROUPED_STORE = re.compile(
    PROMO_ACTION.pattern.split("|商店")[0] + r"|(?:商店|市场|市場)\s*(?:里|裡|中)?\s*搜"
)


def test_promo_action_store_branches_match_as_the_grouped_form() -> None:
    lines = [
        "到各大手机市场 搜一下本台的名字",
        "去應用商店裡搜「晨光新聞」",
        "菜市场里搜罗来的小吃",
        "商店门口排起长队，市场监管部门到场",
        "关注我们",
        "本店商品均为正品",
        "",
    ]
    for text in lines:
        new, old = PROMO_ACTION.search(text), _GROUPED_STORE.search(text)
        assert (new and new.span()) == (old and old.span()), text
