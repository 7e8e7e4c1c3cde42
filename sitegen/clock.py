"""The build date: the one input that is not content. SOURCE_DATE_EPOCH pins it for reproducible builds."""

from __future__ import annotations

import os
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo


def build_moment() -> datetime:
    """Now in UTC, or the moment SOURCE_DATE_EPOCH names (https://reproducible-builds.org/specs/source-date-epoch/)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None and epoch.strip().isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(tz=timezone.utc)


def build_date(zone: ZoneInfo) -> date:
    """Today in the network's time zone (`timezone` in data/site.yml), as the build sees it."""
    return build_moment().astimezone(zone).date()
