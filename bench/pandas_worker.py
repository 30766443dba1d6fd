"""The pandas side of the benchmarks (bench/pandas.ts starts it).

Protocol, one JSON object per line: the benchmark sends {"task": ..., "data_file": ...}; the worker
builds its frame, runs the task once (warm-up) and answers {"ready": true, "version": ..., "check": ...};
then each line "run" runs the task once more and is answered {"ms": elapsed}, timed here with
perf_counter around the pandas work alone (no I/O). End of input ends the worker.
"""
import json
import sys
import time

import numpy as np
import pandas as pd


def rank_groups(data):
    frame = pd.DataFrame(
        {
            "group": data["groups"],
            "value": np.array([np.nan if value is None else value for value in data["values"]], dtype="float64"),
        }
    )

    def run():
        # pandas' 'min' is the standard competition rank (1224); NaN stays unranked.
        return frame.groupby("group")["value"].rank(method="min", ascending=False)

    def check(ranks):
        ranked = ranks.dropna()
        return {"ranked": int(ranked.size), "rank_sum": int(ranked.sum())}

    return run, check


def growth(data):
    years = data["years"]
    values = pd.DataFrame(np.array(data["values"], dtype="float64").reshape(-1, years))
    targets = pd.Series(np.array(data["targets"], dtype="float64"))
    periods = years - 1
    target_years = data["target_year"] - data["first_year"]

    def run():
        rates = values.pct_change(axis=1, fill_method=None).iloc[:, 1:] * 100
        first = values.iloc[:, 0]
        last = values.iloc[:, -1]
        average = ((last / first) ** (1 / periods) - 1) * 100
        required = ((targets / first) ** (1 / target_years) - 1) * 100
        progress = average / required.abs()
        achieved = last >= targets
        # Open SDG's classes with a target: thresholds 0.95, 0.6 and 0 on observed / required growth.
        classes = np.select(
            [achieved, progress >= 0.95, progress >= 0.6, progress >= 0],
            ["target-achieved", "substantial-progress", "moderate-progress", "limited-progress"],
            "deterioration",
        )
        return rates, average, classes

    def check(result):
        _, _, classes = result
        names, counts = np.unique(classes, return_counts=True)
        return {str(name): int(count) for name, count in zip(names, counts)}

    return run, check


TASKS = {"rank-groups": rank_groups, "growth": growth}


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main():
    request = json.loads(sys.stdin.readline())
    with open(request["data_file"], encoding="utf-8") as file:
        data = json.load(file)
    run, check = TASKS[request["task"]](data)
    send({"ready": True, "version": pd.__version__, "check": check(run())})
    for line in sys.stdin:
        if line.strip() != "run":
            break
        start = time.perf_counter()
        run()
        send({"ms": (time.perf_counter() - start) * 1000})


if __name__ == "__main__":
    main()
