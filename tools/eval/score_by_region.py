#!/usr/bin/env python3
"""Scores the news development set per region, to check that extraction works as well for every conflict.

Usage (from the repository root):
  python3 tools/eval/score_by_region.py --cmd './attest extract {path} --published {published} --json'
  python3 tools/eval/score_by_region.py --outputs DIR     # saved outputs (attest extract … --out DIR)

It runs ../shared/eval/score.py on each region's texts (tools/eval/news-regions.tsv) and prints one summary line per region,
then the largest gap below the best region for each figure.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))


def regions():
    by_region = {}
    with open(os.path.join(HERE, "news-regions.tsv"), encoding="utf-8") as table:
        for line in table:
            if line.startswith("#") or not line.strip():
                continue
            name, region = line.rstrip("\n").split("\t")
            by_region.setdefault(region, []).append(name)
    return by_region


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cmd", help="extraction command template, as for score.py")
    parser.add_argument("--outputs", help="directory of saved outputs (<file>.json)")
    parser.add_argument("--shared", default=SHARED, help="the shared directory (default: beside the repository)")
    args = parser.parse_args()
    if not args.cmd and not args.outputs:
        parser.error("give --cmd or --outputs")
    corpus = os.path.join(args.shared, "corpus", "news")
    gold = os.path.join(args.shared, "gold", "news")
    figures = {}
    with tempfile.TemporaryDirectory() as work:
        for region, names in regions().items():
            subset = os.path.join(work, re.sub(r"\W+", "-", region))
            os.makedirs(os.path.join(subset, "corpus"))
            os.makedirs(os.path.join(subset, "gold"))
            for name in names:
                stem = name[:-4]
                os.symlink(os.path.join(corpus, name), os.path.join(subset, "corpus", name))
                os.symlink(os.path.join(gold, stem + ".json"), os.path.join(subset, "gold", stem + ".json"))
            command = [sys.executable, os.path.join(args.shared, "eval", "score.py"), "--corpus", os.path.join(subset, "corpus"),
                       "--gold", os.path.join(subset, "gold")]
            if args.outputs:
                outputs = os.path.join(subset, "outputs")
                os.makedirs(outputs)
                for name in names:
                    # `attest extract --out` names an output after the text without ".txt"; score.py looks for the whole name
                    os.symlink(os.path.abspath(os.path.join(args.outputs, name[:-4] + ".json")), os.path.join(outputs, name + ".json"))
                command += ["--outputs", outputs]
            else:
                command += ["--cmd", args.cmd]
            result = subprocess.run(command, capture_output=True, text=True, check=True)
            summary = result.stdout.strip().splitlines()[-1]
            print(f"{region:15} {summary}")
            figures[region] = dict(re.findall(r"(\w+)=([\d.]+)", summary))
    for key in ("attribution_f1", "entity_f1", "event_f1", "event_actor_acc"):
        values = {region: float(f[key]) for region, f in figures.items() if key in f}
        best = max(values.values())
        worst = min(values, key=values.get)
        print(f"{key:16} best {best:.3f}, lowest {values[worst]:.3f} ({worst}), gap {best - values[worst]:.3f}")


if __name__ == "__main__":
    main()
