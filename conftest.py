"""Root conftest: reporting that must run for every test session."""

from __future__ import annotations

from typing import Any


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """After `make bench`: the 95th percentile of every benchmark, which the targets are set in."""
    session = getattr(terminalreporter.config, "_benchmarksession", None)
    benchmarks = getattr(session, "benchmarks", None) or []
    if not benchmarks:
        return
    terminalreporter.write_sep("-", "p95 per benchmark (ms)")
    for bench in benchmarks:
        stats = getattr(bench.stats, "stats", bench.stats)
        data = sorted(getattr(stats, "data", []))
        if not data:
            continue
        p95 = data[min(len(data) - 1, round(0.95 * (len(data) - 1)))]
        extra = " ".join(f"{k}={v}" for k, v in bench.extra_info.items())
        terminalreporter.write_line(
            f"{p95 * 1000:10.1f}  {bench.fullname.split('::')[-1]}  {extra}"
        )
