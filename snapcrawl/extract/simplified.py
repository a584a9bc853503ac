"""Traditional characters read as their simplified forms, for every reader whose words are
written in simplified script: chrome and list headings, host notices, credit labels and
datelines.

One table for all of them: when each reader kept its own, a Hong Kong or Taiwan page's
credit line and its chrome were read by different halves of the same script (the credit
readers knew 記 and 報, the chrome readers did not; the chrome readers knew 覆 and 讚).

The table holds the characters of the readers' own words, not the whole script. OpenCC's
full table (``snapcrawl.dedup.traditional``, ~4,100 characters) would read every traditional
page in full, but the gate every reader runs first ("does this line hold any?") costs
~29 us a line as a ``re`` class of those characters and ~2.7 us as a set test, where this
table's class costs ~0.4 us, and the gate runs on most lines of every page. Each pair here
is OpenCC's reading of the character (``tests/snapcrawl/extract/test_simplified.py``
checks it), except two that OpenCC leaves as they are because simplified text also writes
them: 覆 (回覆, a reply) and 於 (於此, a notice's "here").

Only for telling what a line is: no story line, name or outlet is ever rewritten with it.
"""

from __future__ import annotations

import re

# (traditional, simplified), grouped by the readers that first needed them.
_PAIRS = (
    (
        # chrome words and UI bars (相關新聞, 分享 字體, 點讚 12)
        "關熱點薦為編輯讀閱網評論擊圖專題資訊聞視頻動態糾錯讚贊舉報閉縮調體號訂複製暫載頂轉發掃機"
        "開認瀏覽條萬億標藍暢畫頁靜彈連張繼續進試將觀個過廣寫選賞騰釘聽語無啟間鏈覆級討時鐘",
        "关热点荐为编辑读阅网评论击图专题资讯闻视频动态纠错赞赞举报闭缩调体号订复制暂载顶转发扫机"
        "开认浏览条万亿标蓝畅画页静弹连张继续进试将观个过广写选赏腾钉听语无启间链复级讨时钟",
    ),
    (
        # host notices (X版權所有，不得轉載; 本文僅代表作者觀點)
        "權識產經許歸刪郵訴饋聯繫係與們處聲責僅場參實確擔負構斷請審營務儲並佈駐創議據買賣險謹準內統於說須來",
        "权识产经许归删邮诉馈联系系与们处声责仅场参实确担负构断请审营务储并布驻创议据买卖险谨准内统于说须来",
    ),
    (
        # credit labels and datelines (責任編輯, 記者, 攝影, 監製, 據X電, 採訪, 專欄)
        "記對攝報導製習約員譯劃籌計設監錄專簽終總執後臺術筆見電採訪欄",
        "记对摄报导制习约员译划筹计设监录专签终总执后台术笔见电采访栏",
    ),
)

SIMPLIFIED = str.maketrans("".join(t for t, _ in _PAIRS), "".join(s for _, s in _PAIRS))
# Whether a line holds any character the table changes: one class scan (~0.4 us a line)
# where ``text.translate(SIMPLIFIED) != text`` builds the line anew.
TRADITIONAL_CHARS = re.compile("[" + "".join(sorted({chr(k) for k in SIMPLIFIED})) + "]")


def read_simplified(text: str) -> str:
    """``text`` with the table's traditional characters as simplified ones; the very same
    string when it has none."""
    return text.translate(SIMPLIFIED) if TRADITIONAL_CHARS.search(text) else text
