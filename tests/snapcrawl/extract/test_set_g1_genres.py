"""Stories told in short lines with no stop: a recipe's steps, a live blog's timestamped
updates, a listicle's items, a guide's days, a gearbox of numbered notes.

The body rules lean on lines that end sentences; past the story's last one, short lines
went as a sign-off run too long, a widget's box or strangers sharing no words. A run of the
story's own short lines (under the parent of its prose, link-free, numbered, dated or timed
or speaking in clauses) is the story's (story_runs); a host's box of short lines after it
still goes. Made-up pages, wordings other than sets G1 and G1b's.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

URL = "https://www.lakeside.example/life/2024/0311/88.html"


def _page(body: str, title: str = "周末在家试做的一道小菜") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_湖畔生活网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/life'>生活</a><a href='/eat'>美食</a></div>"
        f"<div class='main'><h1>{title}</h1>"
        "<div class='info'>2024-03-11 18:20 来源：湖畔生活网</div>"
        f"<div class='text'>{body}</div>"
        "<div class='share'><a>微信</a><a>微博</a><span>2.4万阅读</span></div>"
        "<div class='rel'><h3>猜你喜欢</h3><ul><li><a href='/1'>春天吃什么蔬菜好</a></li>"
        "<li><a href='/2'>三分钟学会煎蛋不粘锅</a></li></ul></div></div>"
        "<div class='footer'>湖畔生活网 版权所有 备案号：湘ICP备20240001号</div></body></html>"
    )


def _paragraphs(body: str, title: str = "周末在家试做的一道小菜") -> list[str]:
    return extract_article(_page(body, title), URL).paragraphs


def test_a_recipes_ingredients_and_numbered_steps_stay() -> None:
    body = (
        "<p>冰箱里剩了半颗包菜，干脆做一盘手撕包菜，十分钟就能上桌，配米饭刚好。</p>"
        "<h4>用料</h4><ul><li>包菜 半颗</li><li>干辣椒 6个</li>"
        "<li>花椒 1小把</li><li>香醋 2勺</li></ul>"
        "<h4>过程</h4><p>1、包菜用手撕成小片，冲洗后沥干</p><p>2、锅烧热，下油和花椒爆香</p>"
        "<p>3、倒入包菜，大火快炒一分钟</p><p>4、沿锅边淋香醋，加盐翻匀出锅</p>"
    )
    paragraphs = _paragraphs(body)
    for line in (
        "用料",
        "干辣椒 6个",
        "过程",
        "2、锅烧热，下油和花椒爆香",
        "4、沿锅边淋香醋，加盐翻匀出锅",
    ):
        assert line in paragraphs
    assert "2.4万阅读" not in paragraphs
    assert "猜你喜欢" not in paragraphs


def test_a_live_blogs_timestamped_updates_stay() -> None:
    # newest first, the first update long enough for prose; more updates than a sign-off
    body = (
        "<p>市马拉松今晨七点鸣枪起跑，三万名跑者参赛，本网记者沿途带来实时报道。</p>"
        "<p><strong>10:15</strong> 女子组冠军冲线，成绩两小时二十六分，刷新赛会纪录</p>"
        "<p><strong>09:02</strong> 男子组冠军冲线，成绩两小时十一分</p>"
        "<p><strong>08:10</strong> 沿途市民自发加油，不少人举着自制标语</p>"
        "<p><strong>07:48</strong> 半程选手陆续抵达终点</p>"
        "<p><strong>07:25</strong> 第一补给站秩序良好，志愿者忙着递水</p>"
        "<p><strong>07:00</strong> 发令枪响，精英选手率先出发</p>"
    )
    paragraphs = _paragraphs(body, "马拉松赛况直播")
    assert "10:15 女子组冠军冲线，成绩两小时二十六分，刷新赛会纪录" in paragraphs
    assert "07:48 半程选手陆续抵达终点" in paragraphs
    assert paragraphs[-1] == "07:00 发令枪响，精英选手率先出发"


def test_a_listicles_short_items_stay() -> None:
    body = (
        "<p>书桌总是乱糟糟？这几个收纳办法花钱不多，试过的人都说好用。</p>"
        "<p>一、桌下挂篮</p><p>放充电线和小工具</p><p>二、竖立文件架</p><p>书本立起来更好找</p>"
        "<p>三、抽屉分隔盒</p><p>文具按用途分开</p><p>四、墙面洞洞板</p><p>常用的东西挂起来，随手就能拿</p>"
    )
    paragraphs = _paragraphs(body, "书桌收纳的四个办法")
    for line in (
        "一、桌下挂篮",
        "书本立起来更好找",
        "四、墙面洞洞板",
        "常用的东西挂起来，随手就能拿",
    ):
        assert line in paragraphs


def test_a_hosts_short_box_after_the_run_still_goes() -> None:
    body = (
        "<p>春季是过敏高发期，医生提醒有过敏史的市民提前做好防护，外出尽量佩戴口罩。</p>"
        "<p>1. 花粉浓度高时减少外出</p><p>2. 回家后及时洗脸、换衣服</p>"
        "<p>3. 卧室不要摆放开花植物</p>"
        "<p><a href='/app'>下载湖畔生活APP</a></p><p><a href='/sub'>订阅健康周刊</a></p>"
    )
    paragraphs = _paragraphs(body, "春季过敏怎么防")
    assert "3. 卧室不要摆放开花植物" in paragraphs
    assert "下载湖畔生活APP" not in paragraphs
    assert "订阅健康周刊" not in paragraphs


def test_a_short_tail_with_no_sequence_or_clause_is_no_run() -> None:
    # three bare labels after the story are no run of it: the sign-off rule judges them
    body = (
        "<p>区图书馆本月起推出夜读服务，每周五晚开放至十点，读者凭借书证即可入馆。</p>"
        "<p>活动预告</p><p>读书会报名</p><p>志愿者招募</p><p>联系我们</p><p>加入社群</p>"
    )
    paragraphs = _paragraphs(body, "区图书馆推出夜读服务")
    assert "加入社群" not in paragraphs


def test_updates_in_a_box_of_their_own_stay_when_they_speak_in_clauses() -> None:
    body = (
        "<p>今年第一场寒潮今天抵达，全市气温骤降十度以上，本网持续关注各区情况。</p>"
        "<div class='updates'><p><b>15:30</b> 江北区部分小区供暖提前启动，居民反映室温正常</p>"
        "<p><b>14:05</b> 轮渡航线暂停运营，恢复时间另行通知</p>"
        "<p><b>13:20</b> 全市发布寒潮橙色预警</p>"
        "<p><b>12:40</b> 城区出现大风，行道树有折断</p></div>"
    )
    paragraphs = _paragraphs(body, "寒潮来袭实时播报")
    assert "14:05 轮渡航线暂停运营，恢复时间另行通知" in paragraphs
    assert "13:20 全市发布寒潮橙色预警" in paragraphs


def test_a_boxed_index_of_timed_titles_still_goes() -> None:
    # a video's chapter list after the story: timed titles with no clause, under a label
    body = (
        "<p>这期视频我们跟着一位老木匠，看他怎样用一整天时间做出一把榫卯结构的小板凳。</p>"
        "<p>老师傅说，榫卯做得好，不用一颗钉子也能坐上几十年，关键是每一刀都要量准。</p>"
        "<div class='chapters'><h5>章节</h5><p>00:45 选木料</p><p>06:12 画线开榫</p>"
        "<p>14:30 组装试坐</p><p>21:08 上油收尾</p></div>"
    )
    paragraphs = _paragraphs(body, "跟老木匠做一把小板凳")
    assert "06:12 画线开榫" not in paragraphs
    assert "章节" not in paragraphs


def test_a_lyrics_stanzas_after_the_intro_stay() -> None:
    body = (
        "<p>这首民谣写的是小城的夏天，歌手说灵感来自小时候外婆家的院子，我们把歌词整理如下。</p>"
        "<p>蝉在树上喊了一整天<br>井水里泡着西瓜<br>外婆摇着蒲扇<br>说星星快出来了</p>"
        "<p>后来我去了很远的地方<br>再没听过那样的蝉声<br>可每个夏天的傍晚<br>我都想回那个院子</p>"
    )
    paragraphs = _paragraphs(body, "歌词｜小城的夏天")
    assert "井水里泡着西瓜" in paragraphs
    assert paragraphs[-1] == "我都想回那个院子"


def test_a_hosts_contact_lines_after_the_story_are_no_stanza() -> None:
    body = (
        "<p>社区食堂本周起推出老年助餐套餐，六十岁以上老人凭身份证每餐可优惠三元。</p>"
        "<p>服务热线：0731-8888001<br>投稿邮箱：news@lakeside.example<br>地址：湖畔路18号<br>"
        "工作时间：周一至周五</p>"
    )
    paragraphs = _paragraphs(body, "社区食堂推出老年助餐套餐")
    assert "工作时间：周一至周五" not in paragraphs
