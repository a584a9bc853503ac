"""A made-up three-paragraph story on a plain news page, for the noise-set tests: a wording
of a kind put after (or into) it must go, and the story must come out whole."""

from __future__ import annotations

URL = "https://www.lakeside-daily.example.cn/news/2024/0611/8812.html"
STORY = (
    "湖滨讯（记者林晓）昨天上午，市区三条公交线路开始试行夜间延时运营，末班车由晚上十点推迟"
    "到十一点半。公交集团介绍，延时线路覆盖火车站、大学城和两个大型居住区，试行期为三个月。",
    "据统计，试行首日夜间乘客超过两千人次，其中下班的上班族和返校的学生占了多数。",
    "公交集团表示，将根据试行期间的客流数据，决定是否把延时运营推广到更多线路。",
)


def story_page(*lines: str) -> str:
    """The page with ``lines`` as the paragraphs of its story box, under a dated meta line."""
    body = "".join(f"<p>{p}</p>" for p in lines)
    return (
        "<html><head><meta charset='utf-8'><title>市区三条公交线路试行夜间延时_湖滨日报</title>"
        "</head><body><h1>市区三条公交线路试行夜间延时</h1>"
        "<p class='info'>发布时间：2024年06月11日 09:30 来源：湖滨日报</p>"
        f"<div class='text'>{body}</div>"
        "<div class='foot'>湖滨日报社 版权所有</div></body></html>"
    )
