"""Schedule files: which crawls run when (``snapcrawl schedule FILE``, ``snapcrawl run JOB``)."""

from __future__ import annotations

from snapcrawl.schedule.file import Job, Schedule, load_schedule, parse_interval, parse_schedule

__all__ = ["Job", "Schedule", "load_schedule", "parse_interval", "parse_schedule"]
