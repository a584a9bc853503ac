from __future__ import annotations

from snapcrawl.extract.body import select_body
from snapcrawl.extract.page import read_page

STORY = [
    "清晨六点，码头上的渔船刚刚靠岸，民宿老板已经开始为客人准备海鲜早餐。",
    "如今，岛上的民宿已经发展到六十多家，旺季时一房难求，年轻人陆续回流。",
    "当地负责人表示，下一步将严格控制开发强度，守住海岸线和渔村风貌。",
]


def _kept(markup: str, names: tuple[str, ...] = ()) -> list[str]:
    page = read_page(markup)
    return [line.text for line in select_body(page.lines, names).kept]


def _page(body: str, side: str = "") -> str:
    nav = (
        "<div class='menu'>" + " ".join(f"<a href='/{i}'>栏目{i}</a>" for i in range(12)) + "</div>"
    )
    return f"<html><body>{nav}<div class='main'>{body}</div>{side}</body></html>"


def test_p_body_without_side_lists():
    side = (
        "<div class='hot'><h3>热点排行</h3><ul>"
        + "".join(f"<li><a href='/h{i}'>热门新闻标题第{i}条很长很长</a></li>" for i in range(8))
        + "</ul></div>"
    )
    assert _kept(_page("".join(f"<p>{s}</p>" for s in STORY), side)) == STORY


def test_br_body_with_trailing_related_lines():
    body = (
        "<br>".join(STORY)
        + "<br>相关文章：<br>· 海岛旅游持续升温　2023-06-15<br>· 渔民转型记　2023-05-01"
    )
    assert _kept(_page(f"<div class='text'>{body}</div>")) == STORY


def test_table_body():
    body = (
        "<table><tr><td>"
        + "".join(f"<p>{s}</p>" for s in STORY)
        + "</td><td><a href='/x'>广告位招租</a></td></tr></table>"
    )
    assert _kept(_page(body)) == STORY


def test_subheading_between_paragraphs_is_kept():
    body = f"<p>{STORY[0]}</p><p><b>渔村变了样</b></p><p>{STORY[1]}</p>"
    assert _kept(_page(body)) == [STORY[0], "渔村变了样", STORY[1]]


def test_trailing_notice_cuts_what_follows():
    body = "".join(f"<p>{s}</p>" for s in STORY) + (
        "<p>以上信息由本站机器人自动采集，仅供参考。</p><p>渔民转型记：从打鱼到开民宿</p><p>小岛垃圾分类见成效</p>"
    )
    assert _kept(_page(body)) == STORY


def test_leading_notice_cuts_what_precedes():
    body = "<p>存档猫</p><p>您正在查看的是本站保存的网页快照。</p>" + "".join(
        f"<p>{s}</p>" for s in STORY
    )
    assert _kept(_page(body), ("存档猫",)) == STORY


def test_mid_body_copyright_story_is_kept():
    case = "法院审理认为，被告网站未经许可转载原告作品，构成侵权，判令其立即删除相关内容。"
    body = "".join(f"<p>{s}</p>" for s in [STORY[0], case, STORY[1], STORY[2]])
    assert case in _kept(_page(body))


def test_comment_region_is_not_body():
    comments = (
        "<div class='comment-list'>"
        + "".join(
            f"<p>网友{i}：这篇文章写得真好，我也去过那个小岛，风景确实很美。</p>" for i in range(3)
        )
        + "</div>"
    )
    kept = _kept(_page("".join(f"<p>{s}</p>" for s in STORY) + comments))
    assert kept == STORY


def test_sign_off_after_story_is_kept_but_credits_and_end_marker_go():
    body = (
        "".join(f"<p>{s}</p>" for s in STORY)
        + "<p>东港镇渔业服务站</p><p>（完）</p><p>（编辑：林海）</p>"
        + "<div class='share'><a href='#'>微信</a></div>"
    )
    page = read_page(_page(body))
    selection = select_body(page.lines)
    assert [line.text for line in selection.kept] == [*STORY, "东港镇渔业服务站"]
    assert [line.text for line in selection.credits] == ["（编辑：林海）"]
    assert ("（完）", "end_marker") in [(line.text, why) for line, why in selection.removed]


VERSE = [
    "一波波寒流报到后山一带层层山峦早已披上嫣红的彩衣",
    "沿着蜿蜒的山路下切不久便来到了山谷里的那所小学",
]


def test_unpunctuated_opening_lines_after_furniture_are_kept():
    body = "<div class='tools'><a href='/a'>上一篇文章的标题在这里</a></div>" + "".join(
        f"<p>{s}</p>" for s in VERSE + STORY
    )
    assert _kept(_page(body)) == VERSE + STORY


def test_short_label_before_story_after_furniture_still_goes():
    body = (
        "<p><a href='/a'>上一篇文章的标题在这里</a></p><p>分享到</p>"
        "<p>发布于 2025-08-26 13:40 出处：环球网</p>"
    ) + "".join(f"<p>{s}</p>" for s in STORY)
    assert _kept(_page(body)) == STORY


def test_list_section_ends_at_the_next_heading():
    body = (
        "<h5>相关文章</h5><ul><li>Dec 28 Sat 2013 00:28</li></ul>"
        "<h2><a href='/self'>山谷赏枫记</a></h2>" + "".join(f"<p>{s}</p>" for s in VERSE + STORY)
    )
    kept = _kept(_page(body))
    assert "相关文章" not in kept
    assert kept[-len(VERSE + STORY) :] == VERSE + STORY


def test_promos_at_the_edges_go_but_a_story_about_an_app_stays():
    app = "市民可通过“智慧公交”APP查询实时到站信息，也可以扫描站牌上的二维码。"
    body = (
        "<p>下载江城新闻客户端，第一时间看本地要闻→【立即下载】</p>"
        + "".join(f"<p>{s}</p>" for s in [STORY[0], app, STORY[1], STORY[2]])
        + "<p>（本文首发于江城新闻，更多精彩内容请关注江城新闻微信公众号）</p>"
        + "<p>扫码看更多</p>"
    )
    assert _kept(_page(body)) == [STORY[0], app, STORY[1], STORY[2]]


def test_platform_statement_mid_page_goes_with_what_follows():
    body = (
        "".join(f"<p>{s}</p>" for s in STORY)
        + "<p>声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务。</p>"
        + "<p>海岛民宿的旺季来了吗</p><p>渔村里的新生意</p>"
    )
    assert _kept(_page(body)) == STORY


def test_player_and_toolbar_lines_go_anywhere():
    body = (
        f"<p>{STORY[0]}</p><p>时长 02:31 建议在Wi-Fi环境下播放</p><p>视频加载失败，请刷新重试</p>"
        f"<p>{STORY[1]}</p><p>点赞 58 | 评论 7 | 转发</p><p>{STORY[2]}</p>"
    )
    assert _kept(_page(body)) == STORY


def test_contact_lines_after_a_copyright_line_go():
    body = (
        "".join(f"<p>{s}</p>" for s in STORY)
        + "<p>版权所有 南岛旅游发展中心 Copyright © 2024</p>"
        + "<p>中心地址：南岛市海滨路18号，咨询电话：0898-12345678，欢迎来电。</p>"
    )
    assert _kept(_page(body)) == STORY


def test_contact_lines_inside_a_story_stay():
    contact = "活动报名地址：南岛市海滨路18号文化馆，咨询电话：0898-12345678。"
    body = "".join(f"<p>{s}</p>" for s in [STORY[0], contact, STORY[1], STORY[2]])
    assert contact in _kept(_page(body))


def test_story_does_not_resume_past_a_notice_and_a_comment_region():
    teasers = [
        "渔村民宿为何一房难求？记者走访了岛上的十几家店，发现答案并不简单...",
        "海岛旅游持续升温，这些小岛值得一去，交通、住宿和美食攻略都在这里...",
    ]
    body = (
        "".join(f"<p>{s}</p>" for s in STORY * 2)
        + "<p>免责声明：本文观点仅代表作者本人，不代表本站立场，转载请联系原作者。</p>"
        + "<div class='comment-box'><a href='#'>登录</a><p>0条评论</p></div>"
        + "".join(f"<h3>海岛故事第{i}期</h3><p>{t}</p>" for i, t in enumerate(teasers))
    )
    assert _kept(_page(body)) == STORY * 2
