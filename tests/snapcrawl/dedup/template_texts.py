"""Template stories and syndicated copies, written for these tests (set R, reduced).

Two stories from one template share most of their words and differ in their figures;
a syndicated copy keeps the figures and changes what republishing changes.
"""

from __future__ import annotations

RATE_NOTICE = (
    "中国人民银行授权中国外汇交易中心公布，{day}银行间外汇市场人民币汇率中间价为："
    "1美元对人民币{usd}元，1欧元对人民币{eur}元，100日元对人民币{jpy}元。\n"
    "人民币对美元汇率中间价较前一交易日{move}。\n"
    "中国外汇交易中心表示，人民币汇率中间价的形成方式是：交易中心于每日银行间外汇市场开盘前"
    "向银行间外汇市场做市商询价，并将全部做市商报价作为人民币对美元汇率中间价的计算样本，"
    "去掉最高和最低报价后，将剩余做市商报价加权平均，得到当日人民币对美元汇率中间价，"
    "权重由交易中心根据报价方在银行间外汇市场的交易量及报价情况等指标综合确定。\n"
    "业内人士表示，近期美元指数高位震荡，人民币汇率在合理均衡水平上保持基本稳定，"
    "企业和个人应树立风险中性理念，合理安排结售汇。"
)
RATE_DAY_1 = RATE_NOTICE.format(
    day="6月3日", usd="7.1088", eur="7.7218", jpy="4.5322", move="调升18个基点"
)
RATE_DAY_2 = RATE_NOTICE.format(
    day="6月4日", usd="7.1106", eur="7.7426", jpy="4.5561", move="调贬18个基点"
)

BLAST = (
    "6月12日14时许，江城市一化工厂发生爆炸事故。{toll}\n"
    "事故发生后，当地立即启动应急响应，组织消防、医疗等力量赶赴现场处置，"
    "周边三公里范围内的居民已被疏散到附近学校和体育馆临时安置。\n"
    "现场画面显示，厂区上空升起浓烟，附近多栋建筑的玻璃被震碎。"
    "当地环保部门在下风向设置了监测点，目前空气中未检出有毒有害物质超标。\n"
    "应急管理部门要求，各地各有关单位要深刻吸取事故教训，举一反三，"
    "全面排查各类安全隐患，严防类似事故再次发生。目前，事故原因正在进一步调查中。"
)
BLAST_FIRST = BLAST.format(toll="截至12日18时，事故已造成3人死亡、14人受伤，另有2人失联。")
BLAST_UPDATE = BLAST.format(toll="截至13日8时，事故死亡人数升至5人，受伤16人，仍有1人失联。")

TRADE = (
    "新华社北京4月13日电（记者 陈立新）海关总署13日发布数据，今年一季度我国货物贸易"
    "进出口总值10.17万亿元，同比增长5%，增速比去年四季度加快1.2个百分点。\n"
    "其中，出口5.74万亿元，增长4.9%；进口4.43万亿元，增长5.1%。海关总署新闻发言人表示，"
    "外贸开局总体平稳，民营企业进出口占比提升至53.6%。\n"
    "从贸易伙伴看，我国对东盟进出口1.6万亿元，增长8.3%，东盟继续保持我国第一大贸易伙伴地位。"
    "对欧盟、美国进出口分别下降1.8%和0.7%。\n"
    "分析人士认为，二季度外贸仍面临外需偏弱等压力，但稳外贸政策效应将持续释放。"
)


def syndicated_copies(story: str) -> dict[str, str]:
    """The story as other sites republish it: each copy keeps the story's figures."""
    paragraphs = story.split("\n")
    return {
        "other credit": story.replace(
            "新华社北京4月13日电（记者 陈立新）海关总署13日", "据新华社报道，海关总署4月13日"
        ),
        "last paragraph cut, source added": "\n".join(paragraphs[:-1]) + "\n来源：新华社",
        "wechat header and footer": "点击上方蓝字关注我们\n外贸观察\n"
        + story
        + "\n—END—\n点击关注，获取更多资讯\n分享、点赞、在看，就是最好的支持！",
        "numbers written another way": story.replace("10.17万亿元", "101700亿元").replace(
            "53.6%", "百分之五十三点六"
        ),
    }


# TRADE as a Hong Kong site republishes it: traditional characters, its own quotes
TRADE_TRADITIONAL = (
    "新華社北京4月13日電（記者 陳立新）海關總署13日發布數據，今年一季度我國貨物貿易"
    "進出口總值10.17萬億元，同比增長5%，增速比去年四季度加快1.2個百分點。\n"
    "其中，出口5.74萬億元，增長4.9%；進口4.43萬億元，增長5.1%。海關總署新聞發言人表示，"
    "外貿開局總體平穩，民營企業進出口佔比提升至53.6%。\n"
    "從貿易夥伴看，我國對東盟進出口1.6萬億元，增長8.3%，東盟繼續保持我國「第一大貿易夥伴」地位。"
    "對歐盟、美國進出口分別下降1.8%和0.7%。\n"
    "分析人士認為，二季度外貿仍面臨外需偏弱等壓力，但穩外貿政策效應將持續釋放。"
)
