"""Calendar arithmetic for legal periods, written out so the rule is explicit and tested.

The rule (in the spirit of the Algemene termijnenwet / Awb): a period of N months (or years)
that *starts* on day S ends at the end of the day before the day with the same number N months
later. When that day does not exist in the target month (29, 30 or 31), the period ends on the
last day of the target month.

Examples: start 15-03-2025 + 3 years → last day 14-03-2028; start 29-02-2024 + 3 years → last
day 28-02-2027; start 31-08-2025 + 6 months → last day 28-02-2026; start 01-03-2027 + 12 months
→ last day 29-02-2028.

`add_months` (a moment N months later, not a period) keeps the day number and clamps to the
last day of a shorter month: 31-01 + 1 month → 28-02 (29-02 in a leap year); 29-02-2024 + 3
years → 28-02-2027.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _shift(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def add_months(start: date, months: int) -> date:
    """The same day number *months* later (or earlier), clamped to the end of a shorter month."""
    year, month = _shift(start.year, start.month, months)
    return date(year, month, min(start.day, days_in_month(year, month)))


def add_years(start: date, years: int) -> date:
    return add_months(start, 12 * years)


def period_end(start: date, months: int) -> date:
    """Last day of a period of *months* months that begins on *start* (see module rule)."""
    if months < 1:
        raise ValueError("een termijn duurt minstens een maand")
    year, month = _shift(start.year, start.month, months)
    if start.day > days_in_month(year, month):
        return date(year, month, days_in_month(year, month))
    return date(year, month, start.day) - timedelta(days=1)


def weeks_after(start: date, weeks: int) -> date:
    """The day *weeks* weeks after *start* (plain day count: 7 days a week)."""
    return start + timedelta(weeks=weeks)
