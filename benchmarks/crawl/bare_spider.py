"""The baseline: a bare Scrapy spider that only follows same-host links, no processing."""

from __future__ import annotations

from urllib.parse import urlsplit

import scrapy
from scrapy.linkextractors import LinkExtractor


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, start_url: str, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.start_url = start_url
        self.netloc = urlsplit(start_url).netloc
        self.links = LinkExtractor(unique=True)

    async def start(self):
        yield scrapy.Request(self.start_url)

    def parse(self, response):
        for link in self.links.extract_links(response):
            if urlsplit(link.url).netloc == self.netloc:
                yield scrapy.Request(link.url)
