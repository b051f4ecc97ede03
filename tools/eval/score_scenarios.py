#!/usr/bin/env python3
"""Scores event corroboration on real reports: do the reports of one event join one cluster, with the status it should get,
and do reports of different events stay apart?

Usage (from the repository root):
  python3 tools/eval/score_scenarios.py                      # ../shared/corpus/scenarios and ../shared/corpus/news
  python3 tools/eval/score_scenarios.py --scenarios DIR --news DIR --attest ./attest

Scenarios (format: ../shared/corpus/scenarios/README.md): every report of every scenario is added to one fresh workspace
with its publication date and outlet. A report's events are those in the sentence of its anchor; two reports are joined
when one of their events share a cluster. Pairs of reports of one scenario give the recall; pairs of reports of different
scenarios that join are false joins (precision). A scenario's status is that of the cluster that joins most of its
reports (ties: the most reports' events, then the first); it agrees when it is the expected one.

News (../shared/corpus/news): its twenty texts, added to another fresh workspace, report different events except the
Al-Mawasi three (scenario D0); a pair of texts is falsely joined when a cluster holds events of both. The figure is the
share of the cross-source pairs that are.
"""
import argparse
import csv
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))


def run(attest, workspace, *arguments):
    result = subprocess.run([attest, *arguments], cwd=workspace, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"score_scenarios: '{' '.join(arguments[:2])}' failed in {workspace}: {result.stderr.strip() or result.stdout.strip()}")
    return result.stdout


def fresh_workspace(attest, parent, name):
    folder = os.path.join(parent, name)
    os.makedirs(folder)
    run(attest, folder, "init", ".")
    return folder


def add(attest, workspace, path, published, outlet):
    run(attest, workspace, "add", os.path.abspath(path), "--published", published, "--outlet", outlet)


def events_by_file(attest, workspace):
    by_file = {}
    for event in json.loads(run(attest, workspace, "events", "--json", "--limit", "100000")):
        by_file.setdefault(os.path.realpath(event["origin"]), []).append(event)
    return by_file


def sentence_around(text, start, end):
    """The sentence holding text[start:end]: from the last sentence end before it to the first after it."""
    before = max((m.end() for m in re.finditer(r"[.!?][\"”’']?\s+|\n", text[:start])), default=0)
    after = re.search(r"[.!?][\"”’']?(\s|$)|\n", text[end:])
    return before, end + after.start() + 1 if after else len(text)


def score_scenarios(attest, scenarios_dir, work):
    scenarios = []
    for name in sorted(os.listdir(scenarios_dir)):
        path = os.path.join(scenarios_dir, name, "scenario.json")
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                scenario = json.load(f)
            for report in scenario["reports"]:
                report["path"] = os.path.realpath(os.path.join(scenarios_dir, name, report["file"]))
            scenarios.append((name, scenario))

    workspace = fresh_workspace(attest, work, "scenarios")
    for _, scenario in scenarios:
        for report in scenario["reports"]:
            add(attest, workspace, report["path"], report["published"], report["outlet"])
    events = events_by_file(attest, workspace)

    reports = []  # (scenario, report, clusters of the anchor's sentence, status per cluster)
    for name, scenario in scenarios:
        for report in scenario["reports"]:
            with open(report["path"], encoding="utf-8") as f:
                text = f.read()
            at = text.find(report["anchor"])
            if at < 0:
                sys.exit(f"score_scenarios: {name}: anchor not found in {report['file']}: {report['anchor']!r}")
            first, last = sentence_around(text, at, at + len(report["anchor"]))
            told = [e for e in events.get(report["path"], []) if e["start"] < last and first < e["end"]]
            reports.append((name, report, {e["clusterId"]: e["status"] for e in told}))

    joined = pairs = false_joins = cross = 0
    for (a_name, a, a_clusters), (b_name, b, b_clusters) in itertools.combinations(reports, 2):
        together = bool(a_clusters.keys() & b_clusters.keys())
        if a_name == b_name:
            pairs += 1
            joined += together
        else:
            cross += 1
            false_joins += together

    agree = 0
    for name, scenario in scenarios:
        mine = [clusters for n, _, clusters in reports if n == name]
        counts = {}
        for clusters in mine:
            for cluster in clusters:
                counts[cluster] = counts.get(cluster, 0) + 1
        best = max(counts, key=lambda c: counts[c]) if counts else None
        status = next((clusters[best] for clusters in mine if best in clusters), "none")
        ok = status == scenario["expected_status"]
        agree += ok
        print(f"{name}: {counts.get(best, 0)} of {len(mine)} reports in its main cluster, status {status} "
              f"(expected {scenario['expected_status']}){'' if ok else '  ✗'}")

    recall = joined / pairs if pairs else 0.0
    precision = joined / (joined + false_joins) if joined + false_joins else 0.0
    print(f"report pairs of one event joined: {joined}/{pairs} (recall {recall:.3f}); pairs of different scenarios joined: "
          f"{false_joins}/{cross} (precision {precision:.3f}); status as expected: {agree}/{len(scenarios)}")
    return recall, precision, agree, len(scenarios)


def score_news(attest, news_dir, gold_dir, same_event, work):
    workspace = fresh_workspace(attest, work, "news")
    with open(os.path.join(news_dir, "sources.tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        add(attest, workspace, os.path.join(news_dir, row["file"]), row["published"], row["outlet"])
    events = events_by_file(attest, workspace)
    clusters = {}
    for row in rows:
        path = os.path.realpath(os.path.join(news_dir, row["file"]))
        clusters[row["file"]] = {e["clusterId"] for e in events.get(path, [])}
    false_joins = pairs = 0
    for a, b in itertools.combinations(sorted(clusters), 2):
        if {a, b} <= same_event:
            continue
        pairs += 1
        if clusters[a] & clusters[b]:
            false_joins += 1
            print(f"  joined: {a} ~ {b}")
    share = false_joins / pairs if pairs else 0.0
    print(f"news: cross-source pairs of texts about different events joined: {false_joins}/{pairs} ({share:.1%})")
    return share


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scenarios", default=os.path.join(SHARED, "corpus", "scenarios"))
    parser.add_argument("--news", default=os.path.join(SHARED, "corpus", "news"))
    parser.add_argument("--attest", default=os.path.join(ROOT, "attest"))
    args = parser.parse_args()
    d0 = os.path.join(args.scenarios, "D0", "scenario.json")
    same_event = set()
    if os.path.isfile(d0):
        with open(d0, encoding="utf-8") as f:
            same_event = {os.path.basename(r["file"]) for r in json.load(f)["reports"]}
    with tempfile.TemporaryDirectory() as work:
        recall, precision, agree, total = score_scenarios(args.attest, args.scenarios, work)
        share = score_news(args.attest, args.news, None, same_event, work)
    print(f"SCENARIOS recall={recall:.3f} precision={precision:.3f} status={agree}/{total} news_false_joins={share:.3f}")


if __name__ == "__main__":
    main()
