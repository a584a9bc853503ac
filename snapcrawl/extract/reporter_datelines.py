"""A reporter's credit in a dateline with no bracket around it, for the author reader.

Two forms that close the names by what follows them rather than by a bracket:

- a paper's 讯 or a wire's 电, then 记者 and the names, each set off by a space, then the
  story: "法治晨报讯 记者 邓雪 近日，…". The names end where a word runs into a sentence
  (no space after it); a second role (通讯员, 实习生) ends them too.
- 记者 glued to the name, then a slash and where the reporter filed from: "記者陳美玲／舊
  金山報導", "X报 / 记者林木/杭州报道" (overseas and Taiwanese papers' meta lines).
"""

from __future__ import annotations

import re

_NAME = r"[\u4e00-\u9fff·]{2,3}"
_OTHER_ROLE = r"(?!通讯员|通訊員|实习生|實習生|摄影|攝影|摄像|攝像)"
SPACED_DATELINE = re.compile(
    r"[讯訊电電]\s+(?:本报|本報)?(?:见习|見習|实习|實習|特约|特約|首席)?[记記]者\s+"
    r"(?P<value>(?:" + _OTHER_ROLE + _NAME + r"\s+)+)"
)
SLASH_DATELINE = re.compile(
    r"(?:^|[\s/／|｜（(〔【])(?:本报|本報)?(?:见习|見習|实习|實習|特约|特約|首席)?[记記]者"
    r"(?P<value>[\u4e00-\u9fff·]{2,4}(?:[、][\u4e00-\u9fff·]{2,4})*)\s*[/／]\s*"
    r"[\u4e00-\u9fff]{2,8}?(?:报道|報導|報道|报导)"
)
