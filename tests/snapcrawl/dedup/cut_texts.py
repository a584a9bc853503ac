"""Made-up stories for the cut-copy tests: a report, the cuts and additions portals
make when they re-host it, and pages that only hold a short story among others."""

from __future__ import annotations

# A report of ten paragraphs (an invented town, people and figures).
FERRY = [
    "枫岭镇渡口改建工程昨日完工，停运两年的南湾轮渡重新开航，首班船上午七点二十分离岸。",
    "据镇交通办介绍，新码头长一百二十米，设有两个泊位和一座候船厅，可同时停靠两艘客船。",
    "改建前，南湾两岸居民往返只能绕行跨江大桥，单程需要四十多分钟，遇上雨天更是泥泞难行。",
    "开航后，渡船单程只需十二分钟，早晚高峰每二十分钟一班，其余时段每四十分钟一班。",
    "票价方面，成人单程三元，学生和六十五岁以上老人凭证免费，自行车随人上船不另收费。",
    "家住对岸的卢秀英老人是首班船的乘客，她说以前去镇上赶集要天不亮就出门，现在睡到自然醒也来得及。",
    "船长邵建国在这条航线上开了二十多年船，他说新船装了定位和测深设备，夜里行船也更踏实了。",
    "镇交通办表示，汛期遇到大风大雾，轮渡将临时停航，停航信息会提前通过镇政府公众号发布。",
    "下一步，枫岭镇还计划在码头旁建设一处停车场和一条滨江步道，方便游客换乘和散步。",
    "据了解，南湾轮渡由镇属公司运营，改建工程总投资约两千六百万元，由省市县三级共同出资。",
]

# Host text a portal adds under a re-hosted story (a statement and a promo).
STATEMENT = [
    "特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。",
    "网易仅提供信息发布平台。",
    "打开客户端，阅读更多精彩内容，参与热门话题讨论，还有海量福利等你来拿。",
]

# A later story that repeats the ferry's first four paragraphs as its background.
FOLLOW_UP_NEWS = [
    "南湾轮渡复航满一个月，镇交通办昨日通报，一个月来累计运送乘客四万一千人次，日均约一千四百人次。",
    "早高峰最忙的七点二十分和七点四十分两个班次几乎满员，镇里决定下周起在这一时段加开一班。",
    "通报还说，复航以来共有九天因大雾临时停航，停航消息均提前两小时发布。",
    "不少乘客在留言中建议延长晚班时间，交通办表示正在研究，将在年底前给出答复。",
]

# A short flash, and a page that holds it among three other items of its own.
FLASH = [
    "白沙湖湿地公园今年首批候鸟日前飞抵越冬，监测人员记录到小天鹅、白琵鹭等十一种水鸟。",
    "公园管理处提醒游客观鸟时保持距离，不要投喂，也不要使用无人机靠近鸟群。",
]
ROUNDUP_OTHERS = [
    "【本周提示】县图书馆自下周一起延长开放时间，工作日晚间开放至九点，周末全天开放。",
    "县医院新开设的夜间门诊每天十八点至二十二点接诊，内科、儿科和外科各有一名医生值班。",
    "城北农贸市场改造进入收尾阶段，临时摊位将于月底前撤除，商户陆续迁回新市场经营。",
    "第三届湖滨马拉松定于下月十日鸣枪，报名通道本周五截止，全程、半程和健康跑共设八千个名额。",
    "县气象台预计本周后期有一次明显降温过程，最低气温将降至零下三度，请市民注意防寒保暖。",
]


def join(paragraphs: list[str]) -> str:
    return "\n".join(paragraphs)
