"""The README's table of figures from one run's results: every figure min / median / max with its
baseline and the ratio of medians."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

BEGIN, END = "<!-- benchmarks:begin -->", "<!-- benchmarks:end -->"


def _scale(result: dict[str, Any]) -> str:
    triples = result["target_triples"]
    return f"{triples // 1_000_000}M" if triples >= 1_000_000 else f"{triples // 1000}k"


def _k(value: float) -> str:
    return f"{value / 1000:,.1f}k" if value >= 1000 else f"{value:,.0f}"


def _spread(row: dict[str, Any], unit: str) -> str:
    return (f"{_k(row[f'median_{unit}_per_s'])} ({_k(row[f'min_{unit}_per_s'])}–{_k(row[f'max_{unit}_per_s'])})"
            f", **{row['vs_baseline']:.2f}×**")


def _base(row: dict[str, Any], unit: str) -> str:
    return f"{_k(row[f'median_{unit}_per_s'])} ({_k(row[f'min_{unit}_per_s'])}–{_k(row[f'max_{unit}_per_s'])})"


def table(results: list[dict[str, Any]], start: list[dict[str, Any]], rounds: int) -> str:
    """Markdown: one column per scale; rates are median (min–max) over ``rounds`` rounds, ratio to the
    baseline row below them in bold."""
    heads = [f"{_scale(r)} ({r['triples']:,} triples, {r['reports']:,} reports)" for r in results]
    lines = ["| figure | " + " | ".join(heads) + " |", "| --- |" + " --- |" * len(results)]

    def add(label: str, cells: list[str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    add("extraction, characters per CPU-s", [_spread(r["extraction"][0], "chars") for r in results])
    add("↳ baseline `jieba.lcut`", [_base(r["extraction"][1], "chars") for r in results])
    for store, baseline in (("embedded", "Oxigraph `bulk_load`, same quads (CPU-s)"),
                            ("neo4j", "rdflib-neo4j, same server (wall)")):
        if not all(store in r["writes"] for r in results):
            continue
        for n, label in enumerate(("per report (`upsert_report`)", "grouped (`upsert_reports`)")):
            add(f"{store} writes {label}, triples/s", [_spread(r["writes"][store][n], "triples") for r in results])
        add(f"↳ baseline {baseline}", [_base(r["writes"][store][2], "triples") for r in results])
    for row_index, what in ((1, "embedded"), (2, "neo4j")):
        cells = []
        for r in results:
            rows = r["ingest"]
            cells.append(f"{rows[row_index]['triples_per_s'] / 1000:,.1f}k triples/s, peak "
                         f"{rows[row_index]['peak_rss_mb']:,.0f} MiB" if row_index < len(rows) else "")
        if any(cells):
            add(f"`okg ingest` → {what}, once (peak RSS with workers)", cells)
    add("↳ baseline read+extract+build, CPU", [f"{r['ingest'][0]['triples_per_s'] / 1000:,.1f}k triples/s"
                                              for r in results])
    lines += _api(results)
    lines.append("")
    lines.append(f"Rates are the median of {rounds} interleaved rounds (min–max in brackets); the bold ratio is "
                 "median against the baseline's median in the same run. Start-up, CPU-s (median of "
                 f"{start[0]['rounds']}): " + "; ".join(f"{row['what']} {row['median_cpu_s']:.2f}" for row in start)
                 + ".")
    return "\n".join(lines) + "\n"


def _ms(row: dict[str, Any], key: str) -> str:
    return f"{row[f'{key}_ms']:,.0f} ({row[f'{key}_min_ms']:,.0f}–{row[f'{key}_max_ms']:,.0f})"


def _api(results: list[dict[str, Any]]) -> list[str]:
    """API latency, p50 / p99 in ms per route as median (min–max) over the rounds, one column per scale and
    store (none if not measured)."""
    columns = [(r, store) for r in results for store in r.get("api", {})]
    if not columns:
        return []
    load = columns[0][0]["api"][columns[0][1]]["load"]
    lines = ["", f"API latency, p50 / p99 ms, median (min–max) of {load['rounds']} interleaved rounds, each on "
             f"servers started afresh (first visits included), {load['clients']} concurrent loopback clients, at "
             f"most {load['max_requests']} requests or {load['max_seconds']:g} s per route and round "
             "(`/health` is the baseline):", "",
             "| route | " + " | ".join(f"{store} {_scale(r)}" for r, store in columns) + " |",
             "| --- |" + " --- |" * len(columns)]
    for n, row in enumerate(columns[0][0]["api"][columns[0][1]]["routes"]):
        cells = [r["api"][store]["routes"][n] for r, store in columns]
        lines.append(f"| {row['route']} | " + " | ".join(f"{_ms(c, 'p50')} / {_ms(c, 'p99')}" for c in cells) + " |")
    lines.append("| server peak RSS, MiB | " + " | ".join(
        f"{r['api'][store]['memory']['peak_rss_mb']:,.0f}" for r, store in columns) + " |")
    return lines


def into_readme(readme: Path, text: str) -> None:
    """Replace what lies between the benchmark markers of ``readme`` by ``text``."""
    content = readme.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
    if not pattern.search(content):
        raise SystemExit(f"{readme} has no {BEGIN} … {END} markers")
    readme.write_text(pattern.sub(lambda _: f"{BEGIN}\n{text}{END}", content), encoding="utf-8")
