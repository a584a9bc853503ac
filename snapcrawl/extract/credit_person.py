"""What a person's name looks like, by its form alone: the value a credit line gives.

A credit told by its form (credit_shape) has no list of labels to lean on; its names are
what keep sentences and headings out ("二审：维持原判", "一审：败诉", "设计 理念"): a Chinese
personal name is two or three characters opening with a surname (four after a double
surname), a transliteration joined by "·", or capitalised Latin words. A writer's or an
editor's credit may give a pen name instead ("作者：墨白", "编辑：小鱼"), two or three
characters with no function word in them.
"""

from __future__ import annotations

import re

# The characters that only open a Chinese personal name (the common surnames, simplified and
# traditional); a word that opens otherwise ("维持", "败诉", "很好") is not a name.
_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧"
    "曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈"
    "夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔"
    "向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦"
    "俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍"
    "鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇"
    "戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮"
    "巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談匡鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚"
    "鄢劳勞谌諶奚皮粟冼蔺藺楼樓盘盤满滿闻聞位厉厲伊仝区區郜海阚闞花权權强強帅帥屠豆朴盖蓋练練廉"
    "禹井祖漆巴丰支卿国國狄平计計索宣晋晉相初门門云雲容敬来來扈晁芮都普阙闕浦戈伏鹿薄邸雍辜羊"
    "阿靖訾酆谯諶仰"
)
_DOUBLE_SURNAME = re.compile(
    r"^(?:欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|"
    r"慕容|长孙|長孫|宇文|司徒|夏侯|令狐|端木|独孤|獨孤|南宫|南宮|西门|西門|申屠)"
)
_FUNCTION_CHARS = "[的了是在不有就也很这這那你我他她们們和与與及或等说說]"
_FUNCTION_CHAR = re.compile(_FUNCTION_CHARS)
_PEN_NAME = re.compile(rf"(?!.*{_FUNCTION_CHARS})[\u4e00-\u9fff]{{2,3}}")
# A name no surname opens: a Tibetan, Uyghur or Mongolian name written in four or five
# characters (格桑卓玛, 阿依古丽, 敖登格日乐), a double surname nobody listed (钟离小川).
_UNLISTED_NAME = re.compile(rf"(?!.*{_FUNCTION_CHARS})[\u4e00-\u9fff]{{2,5}}")
# A pen name a writer signs with, longer than a name ("新雨流泉", "沙發馬鈴薯", "妙哉心理師"):
# read only where the writer's own label or a pair of names says a name stands there.
_LONG_PEN_NAME = re.compile(rf"(?!.*{_FUNCTION_CHARS})[\u4e00-\u9fff]{{2,6}}")


def is_name(word: str) -> bool:
    """Whether ``word`` has the shape of one person's name: two or three Chinese characters
    opening with a surname (four after a double surname), a "·" name, or a capitalised
    Latin word."""
    if word[:1].isascii():
        return word[:1].isupper() and len(word) >= 2
    if "·" in word:
        return (
            all(2 <= len(part) <= 8 or len(part) == 1 for part in word.split("·"))
            and len(word) <= 15
        )
    if _FUNCTION_CHAR.search(word):
        return False
    if _DOUBLE_SURNAME.match(word):
        return 3 <= len(word) <= 4
    return 2 <= len(word) <= 3 and word[0] in _SURNAMES


def is_pen_name(word: str) -> bool:
    """Whether ``word`` may be a pen name: two or three characters, no function word."""
    return _PEN_NAME.fullmatch(word) is not None


def is_long_pen_name(word: str) -> bool:
    """Whether ``word`` may be a writer's pen name of two to six characters, no function word
    (see _LONG_PEN_NAME): asked only where the credit's form says a name stands."""
    return _LONG_PEN_NAME.fullmatch(word) is not None


def has_function_word(text: str) -> bool:
    """Whether ``text`` holds a function word (的, 了, 是, 说 …): a phrase of a sentence,
    not a name or a role's label ("我们的编辑 李明说")."""
    return _FUNCTION_CHAR.search(text) is not None


def may_be_name(word: str) -> bool:
    """Whether ``word`` may be a name where its place already says a name stands (beside
    a credit's other names, in a run of credits): a name, or two to five characters with
    no function word, whatever opens them."""
    return is_name(word) or _UNLISTED_NAME.fullmatch(word) is not None
