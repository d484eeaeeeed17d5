"""Moments of "Nieuw van DUO" on the laptop: since when an aanmelding is held, from when a
colleague may release it (one working day later, as server migration 0108 counts), and how the
list writes a moment."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from app.validation import format_date


def instant(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def werkdag_later(moment: datetime) -> datetime:
    """One working day after *moment*: a day later, moved past Saturday and Sunday (Dutch
    time on the server; the laptop's own time zone here, which only decides a button)."""
    later = moment.astimezone() + timedelta(days=1)
    while later.isoweekday() in (6, 7):
        later += timedelta(days=1)
    return later


def format_moment(moment: datetime | None) -> str:
    """dd-mm-jjjj uu:mm, in the laptop's time."""
    if moment is None:
        return ""
    local_moment = moment.astimezone()
    return f"{format_date(local_moment.date())} {local_moment:%H:%M}"
