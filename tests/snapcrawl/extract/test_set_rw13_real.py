"""Shapes seen on real saved blog posts of Chinese tech sites (issue 14, set R13: pages from
public repositories), reduced to their form with made-up posts, tools and wordings other than
the set pages':

- a post typed in Markdown into a rich editor keeps its heading marks as text ("# 三、部署"):
  a centred paragraph of such a heading, two short lines and a screenshot is the story's
  block, not a card of short fields beside one picture (cards.py);
- a tutorial's numbered steps under heading tags, one of them only a screenshot ("3.2 解压"
  over a picture, then "3.3 启动服务" over its text): both headings open the story's next
  part, after a link line or not (prose_shapes.leads_into).
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

URL = "https://blog.example-dev.cn/lanfeng/article/details/1201"
OPENING = (
    "最近在家里的旧笔记本上搭了一套内网的代码仓库，前后折腾了两个晚上，踩了不少坑，"
    "这里把完整的步骤记下来，方便以后重装系统时直接照着做，也给有同样需求的朋友参考。"
)
CLOSING = (
    "到这里服务就全部跑起来了，浏览器打开管理页面，用默认账号登录以后记得第一时间修改密码，"
    "再把防火墙的端口放开，局域网里的其他电脑就可以直接拉取和推送代码了。"
)


def _post(story: str) -> str:
    return (
        "<html><head><title>内网代码仓库搭建记录_蓝枫的博客-开发者社区</title></head><body>"
        "<div class='toolbar'><a href='/'>首页</a> <a href='/blog'>博客</a>"
        " <a href='/qa'>问答</a></div>"
        "<div class='article-header'><h1>内网代码仓库搭建记录</h1>"
        "<div class='bar'><a class='nick' href='/lanfeng'>蓝枫</a> 于 2024-05-06 21:14:09 首次发布"
        " 阅读量812</div></div>"
        f"<div id='post_body' class='post-views'><p>{OPENING}</p>{story}<p>{CLOSING}</p></div>"
        "<div class='recommend'><a href='/x/1'>内网穿透的三种方案</a> <a href='/x/2'>"
        "自建仓库备份脚本分享</a></div>"
        "<div class='footer'>关于我们 | 联系我们 | 网站地图 | 京ICP备12345678号</div>"
        "</body></html>"
    )


def test_markdown_heading_beside_a_screenshot_is_the_story_not_a_card() -> None:
    block = (
        "<p style='text-align:center;'># 三、部署到服务器<br/>"
        "镜像打好以后推到私有仓库，再登录服务器拉取<br/>"
        "如果拉取时提示没有权限<br/>"
        "<img src='https://img.example-dev.cn/shot/3.png' alt=''/></p>"
        "<p>这时要先在服务器上执行一次登录命令，输入仓库的用户名和访问令牌，"
        "登录成功后再拉取镜像就不会报错了，令牌可以在个人设置页面生成。</p>"
    )
    article = extract_article(_post(block), URL)
    block_lines = (
        "# 三、部署到服务器",
        "镜像打好以后推到私有仓库，再登录服务器拉取",
        "如果拉取时提示没有权限",
    )
    for line in block_lines:
        assert line in article.paragraphs
    assert "阅读量812" not in article.body
    assert "自建仓库备份脚本分享" not in article.body


def test_a_card_of_short_fields_beside_one_picture_still_goes() -> None:
    card = (
        "<div class='tool-card'><img src='https://img.example-dev.cn/logo/gitbox.png'/>"
        "<p>GitBox 社区版</p><p>开源协议：MIT</p><p>最新版本：2.4.1</p></div>"
    )
    article = extract_article(_post(card), URL)
    assert "开源协议：MIT" not in article.body
    assert OPENING in article.paragraphs
    assert CLOSING in article.paragraphs


def test_numbered_step_over_a_screenshot_stays_with_the_next_step() -> None:
    steps = (
        "<h4>3.1 下载安装包</h4>"
        "<p><a href='https://download.example-dev.cn/gitbox'>GitBox Download</a></p>"
        "<h4>3.2 解压到数据盘</h4>"
        "<p><img src='https://img.example-dev.cn/shot/unzip.png' alt='image.png'/></p>"
        "<h4>3.3 启动服务</h4>"
        "<p>进入安装目录下的 bin 文件夹，在地址栏输入 cmd 回车打开命令行窗口，"
        "然后执行启动命令 gitbox run，窗口里会滚动输出启动日志。</p>"
        "<p>第一次启动会比较慢，需要初始化数据库和默认的配置文件，大约要等一两分钟，"
        "看到命令行里提示服务已经在三千端口上监听，就说明启动成功了。</p>"
    )
    article = extract_article(_post(steps), URL)
    assert "3.2 解压到数据盘" in article.paragraphs
    assert "3.3 启动服务" in article.paragraphs
    assert article.paragraphs.index("3.2 解压到数据盘") < article.paragraphs.index("3.3 启动服务")


def test_two_headings_lead_into_prose_only_over_a_picture() -> None:
    from snapcrawl.extract.page import read_page
    from snapcrawl.extract.prose_shapes import leads_into

    def run(between: str) -> bool:
        parts = f"<h3>二、准备</h3>{between}<h3>三、安装</h3><p>正文</p>"
        html = f"<html><body><div>{parts}</div></body></html>"
        lines = read_page(html, None, details=True).lines
        return leads_into([ln for ln in lines if ln.text in ("二、准备", "三、安装")])

    assert run("<p><img src='a.png'/></p>")  # a section that is only a screenshot
    assert not run("")  # headings one under another: a contents box, not sections
