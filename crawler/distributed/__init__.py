"""Distributed mode: several workers, one Redis queue, one dedup state, one dataset.

``REDIS_URL`` set switches it on. Every worker, on any machine, runs the same
``scrapy crawl snapshot -a start_url=URL -s REDIS_URL=... -s DATA_DIR=...``;
the add-on (``addon``) then swaps in scrapy-redis's scheduler and dupefilter
through our crash-safe adapter and adds the worker's lifecycle. The dedup store
follows ``REDIS_URL`` on its own (``crawler.config.Config.dedup_store``).

The modules, from the bottom up:

* ``redis_url``: a Redis URL checked at start and shown without its password; what
  Redis refuses at start (a password, a database) as a wrong setting, not "down";
* ``config``: the settings, validated, and the name of every Redis key of a crawl;
* ``lua``: every Lua script, each with its KEYS and ARGV named, behind a wrapper;
* ``ledger``: which popped requests a worker could still lose; handing a dead
  worker's back;
* ``connection``: one worker's Redis connection to one crawl (an extension, so the
  other components find it with ``crawler.get_extension``);
* ``engine``: the one place that reads Scrapy's private engine state;
* ``serialize``: requests as JSON in Redis, never pickle; other entries refused;
* ``lost``: Redis gone mid-crawl: one message, finish reason ``redis_lost``;
* ``queue``: the scheduler and its queue (scrapy-redis's, made crash-safe);
* ``worker``: the worker's life: join, heartbeat, hand back, stop when done;
* ``addon``: the Scrapy add-on that wires the above in when ``REDIS_URL`` is set.

scrapy-redis 0.9 on Scrapy 2.19, and what the adapter does about it:

* ``RedisSpider.start_requests`` is never called (Scrapy calls ``start()``):
  start URLs are fed from ``snapcrawl:<spider>:<crawl>:start_urls`` by a
  spider middleware (``process_start``) and on idle, not by a spider class;
* its start URLs bypass the dupefilter (``dont_filter=True``): ours go through
  it, so the URL every worker pushes is fetched once;
* an idle ``RedisSpider`` never closes: a worker closes normally (pipelines
  flush) once the queue and every worker's in-flight set stayed empty for
  ``SNAPCRAWL_DISTRIBUTED_IDLE_SECONDS``;
* its scheduler passes ``spider=`` to the stats (deprecated): ours does not;
* a popped request lives only in the worker's memory, so a killed worker loses
  it: ours pops it into a per-worker in-flight hash in the same Lua script and
  clears it only once the page's rows are on disk; a worker whose heartbeat
  lapsed has its entries put back in the queue by the next live one;
* it pickles requests (anyone who can write to Redis runs code in the workers):
  ours are JSON (``serialize``).
"""
