"""The host's own voice (noise layer 2): the words a page uses about *itself*, not the story.

A snapshot or portal page adds notices (本站快照…, 转载请注明出处, 免责声明：…) that mix several
families of these words; a news sentence that happens to use one family stays. Kept apart
from the logic in host_voice.py, as vocab.py keeps the words of page structure and labels.
"""

from __future__ import annotations

import re

# Families of words that make a line about the *page* rather than the story. A notice mixes
# several families; a news sentence that happens to use one family stays.
NOTICE_FAMILIES: dict[str, tuple[str, ...]] = {
    "copy": (
        "快照",
        "存档",
        "归档",
        "缓存",
        "副本",
        "镜像",
        "备份",
        "留存",
        "存证",
        "网页保存",
        "页面保存",
        "页面存储",
        "保存的页面",
        "历史版本",
        "历史页面",
        "离线版本",
        "保存于",
    ),
    "collect": (
        "爬虫",
        "蜘蛛",
        "采集",
        "收录",
        "抓取",
        "机器人",
        "自动生成",
        # the page's audio read by a machine ("本文音频由智能语音技术合成")
        "语音合成",
        "智能语音",
        "合成语音",
        "AI合成",
        "AI朗读",
        "机器朗读",
        "技术合成",
        "自动获取",
        "程序自动",
        "聚合",
        "搜索引擎",
        "转载",
        "转自",
        "转发",
        "摘编",
        "摘录",
        "来源于网络",
        "来自网络",
        "来自互联网",
        "网络收集",
        "网友上传",
        "网友投稿",
        "用户上传",
        "自发贡献",
    ),
    "rights": (
        "侵权",
        "版权",
        "著作权",
        "知识产权",
        "权益",
        "权利人",
        "所有权",
        "保留权利",
        "未经许可",
        "未经授权",
        "未经允许",
        "原作者",
        "归原作者",
        "作者所有",
        "合法权益",
        "授权",
        # the author claiming the piece as their own ("本文为我原创", "本文系作者原创")
        "我原创",
        "本人原创",
        "作者原创",
        "为原创",
        "系原创",
        # the host saying it could not find whose the material is ("发布前我们不遗余力寻找
        # 来源，但仍有些没有找到。", "部分图片出处不详"): a rights notice's lead
        "寻找来源",
        "寻找出处",
        "查找出处",
        "来源不详",
        "出处不详",
        "联系到作者",
        "联系不上作者",
    ),
    "takedown": (
        "删除",
        "删帖",
        "删稿",
        "撤下",
        "撤稿",
        "下架",
        "移除",
        "屏蔽",
        "告知",
        "来信",
        "来函",
        "来稿",
        "邮箱",
        "投诉",
        "举报",
        "反馈",
        "联系我们",
        "联系本站",
        "与我们联系",
        "第一时间",
        "及时处理",
        "予以处理",
    ),
    "disclaim": (
        "声明",
        "免责",
        "不代表",
        "仅代表",
        "立场",
        "无关",
        "仅供参考",
        "仅供",
        "参考之用",
        "真实性",
        "准确性",
        "完整性",
        "不承担",
        "不负责",
        "不构成",
        "概不",
        "自行判断",
        "自行核实",
        "请核实",
        "未做任何修改",
        "未对",
        "不做任何",
        "未经审核",
        "非营利",
        "非盈利",
        # a host that calls itself non-profit (公益性网站, 出于公益目的); not a story's 公益诉讼,
        # 公益活动 or 公益广告
        "公益性",
        "公益目的",
        "公益用途",
        "公益传播",
        "公益网站",
        "公共服务",
        "免费服务",
        "Notice",
        "Disclaimer",
        # a shop's prices the page quotes, "以商户最新资料为准": not the host's to vouch for
        "以商户最新",
        "以商家最新",
        "以商户公布",
        "以商家公布",
        "以商戶最新",  # as read_simplified leaves them
        "以商戶公布",
    ),
    # An affiliate disclosure: the page's links earn the host a share ("文章内部分链接商户
    # 与X有合作关系", "本文含联盟链接"); a story's "佣金" alone is one family, no notice.
    "affiliate": (
        "部份链接",
        "部分链接",
        "联盟链接",
        "推广链接",
        "联盟营销",
        "联盟行销",
        "分润",
        "佣金",
        # as read_simplified leaves the traditional forms
        "部份连結",
        "部分连結",
        "联盟连結",
        "推广连結",
        "联盟行銷",
        "联盟营銷",
        "分潤",
    ),
    # A platform of user accounts (网易号, 百家号…) saying it only stores what users post.
    "platform": (
        "自媒体",
        "信息存储",
        "存储空间",
        "存储服务",
        "上传并发布",
        "上传发布",
        "作者上传",
        "号作者",
        "发布平台",
        "入驻",
        "作者发布",
        "作者撰写",
        "用户发布",
        "创作者",
        "social media",
        "information storage",
        "uploaded and posted",
    ),
    # Whose view the text is: a statement hands the opinion back to its author.
    "voice": (
        "个人观点",
        "作者本人",
        "作者观点",
        "作者个人",
        "仅代表作者",
        "独立观点",
    ),
    # A finance page's risk notice: what the text is not (advice to buy or sell).
    "advice": (
        "投资建议",
        "投资依据",
        "买卖依据",
        "据此操作",
        "风险自担",
        "投资有风险",
        "入市需谨慎",
        "投资需谨慎",
        "投资须谨慎",
        "投资要谨慎",
        "理财需谨慎",
        "理财须谨慎",
        # a health page's: what it tells is no doctor's advice (不能替代医生面诊)
        "医疗建议",
        "诊疗建议",
        "诊断依据",
        "治疗依据",
        "替代医生",
        "替代医嘱",
        "替代专业",
        "医生面诊",
        "替代面诊",
        "代替面诊",
        "替代就医",
        "代替就医",
        "替代就诊",
        "代替就诊",
    ),
    "origin": (
        "原文地址",
        "原文链接",
        "原始链接",
        "原网页",
        "原网站",
        "原页面",
        "原始页面",
        "源站",
        "以原文为准",
        "以原网站为准",
        "原始出处",
        "原文",
        # a printed piece's note of where it ran first (刊于《X》第6期, 本文为节选)
        "刊于",
        "原载",
        "原刊",
        "首发于",
        "节选",
    ),
}
# A line introduced as a notice ("免责声明：", "【特别提示】"): the heading's word ends it, so
# no character of a sentence follows the word ("该声明涉及…", "联合声明称…" are a story's).
NOTICE_HEAD = re.compile(
    r"^[\s【\[（(<]*[\u4e00-\u9fff]{0,4}(?:声明|提示|说明|须知|公告|告示)(?![\u4e00-\u9fff])"
    r"\s*[】\]）)>]?\s*[:：]?"
)
# The page speaking of itself.
SELF_REFERENCE = re.compile(
    r"本站|本网|本平台|本页|此页|该页面|本页面|此网页|本网页|当前页面|我站|我网|我们|我方|本系统|本服务|"
    r"本公众号|本号|小编|本[报刊](?:有权|保留)|以上内容|以上信息|以上文章|上述内容|此内容|本快照|本文(?:由|系|为|转|来|经|仅|不|内容|观点|所|音频|语音|朗读|配音|原)|本内容|^文章(?:仅|系|为|由|内容|观点)|[此该]文(?:由|系|为|观点|内容|仅)|"
    r"您(?:正在|现在|当前|所)(?:浏览|看到|查看|访问|阅读)|你(?:正在|现在)(?:浏览|看到|查看|阅读)|"
    r"[Tt]he content above|[Tt]his (?:platform|site|website)|"
    # the publisher speaking of what it prints ("X及其客户端所刊载内容的知识产权均属…")
    r"所(?:刊载|刊登|刊发|登载|发布|刊播)的?(?:全部|所有)?(?:内容|信息|文章|稿件|作品|图片|新闻)|"
    # the page telling its reader how it may be reposted, or what a repost of it needs
    # ("如需转载，请后台留言", "转载须征求许可", "“转载”需向公众号获取授权", "转载或约稿请加微信");
    # with no one named before it: "被告转载须经原告同意" is a story's
    r"转载请|请注明(?:出处|来源)|(?:请勿|禁止|谢绝|严禁)(?:任何)?(?:形式的)?转载|"
    r"如需转载|若需转载|如要转载|若要转载|如欲转载|"
    r"转载(?<![\u4e00-\u9fff]转载)(?:[”」\"]?(?:须|需|必须|务必)|或\S{1,4}?请)|"
    # the host speaking of the works it marks as its own ("凡标注来源为“X报”的所有稿件…")
    r"^凡(?:本网|本站|本报|本刊)?(?:标注|注明|标明|署名)"
)
# The card WeChat puts over an article an account reposts ("以下文章来源于X ，作者Y"; the
# names may hold spaces: "Venom Sec"): above it stands the reposter's note, below it the
# article. Both parts are the card's fixed words; a story's "以下内容来自…" has neither.
REPOST_CARD = re.compile(
    r"^以下文章来源于[^,，。；;:：！？]{1,30}?\s*[,，]\s*作者\s*[^,，。；;:：！？]{1,30}$"
)
