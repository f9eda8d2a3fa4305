#!/usr/bin/env python3
"""Reading level of every student-facing passage (Flesch-Kincaid grade, textstat).

Reads the JSON lines printed by `cargo run --quiet --example passages` (it runs that itself,
or reads them from standard input with `-`), measures each passage of 12 words or more and
prints the count, the median, the 90th percentile, the maximum and every passage above the
limit. Exits 1 when a passage is above grade 11 or the median is above grade 8.

    python3 scripts/readability.py        # runs the example
    cargo run --quiet --example passages | python3 scripts/readability.py -
"""

import json
import statistics
import subprocess
import sys

import textstat

MAX_GRADE = 11.0
MAX_MEDIAN = 8.0
MIN_WORDS = 12


def passages(args):
    if args and args[0] == "-":
        text = sys.stdin.read()
    else:
        text = subprocess.run(
            ["cargo", "run", "--quiet", "--example", "passages"],
            check=True,
            stdout=subprocess.PIPE,
            text=True,
        ).stdout
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def percentile(sorted_values, p):
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return 0.0
    k = max(0, min(len(sorted_values) - 1, round(p / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


def main(args):
    textstat.set_lang("en_US")
    items = passages(args)
    measured, short = [], 0
    for p in items:
        if len(p["text"].split()) < MIN_WORDS:
            short += 1
            continue
        measured.append((textstat.flesch_kincaid_grade(p["text"]), p["where"], p["text"]))
    grades = sorted(g for g, _, _ in measured)
    if not grades:
        print("no passages measured")
        return 1
    median = statistics.median(grades)
    p90 = percentile(grades, 90)
    top = grades[-1]
    version = textstat.__version__
    if not isinstance(version, str):
        version = ".".join(map(str, version))
    print(f"textstat {version}, Flesch-Kincaid grade")
    print(f"passages: {len(items)}; measured: {len(measured)}; "
          f"not measured (under {MIN_WORDS} words, too short for the formula): {short}")
    print(f"median: {median:.1f} (limit {MAX_MEDIAN:g})")
    print(f"90th percentile: {p90:.1f}")
    print(f"maximum: {top:.1f} (limit {MAX_GRADE:g})")
    over = sorted((m for m in measured if m[0] > MAX_GRADE), reverse=True)
    for grade, where, text in over:
        print(f"  {grade:5.1f}  {where}: {text}")
    failed = False
    if over:
        print(f"FAIL: {len(over)} passage(s) above grade {MAX_GRADE:g}")
        failed = True
    if median > MAX_MEDIAN:
        print(f"FAIL: the median is above grade {MAX_MEDIAN:g}")
        failed = True
    if not failed:
        print("ok")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
