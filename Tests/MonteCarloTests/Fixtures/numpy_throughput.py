#!/usr/bin/env python3
"""Times numpy's Generator (default_rng, PCG64) on the workloads `matrisk bench` times, with
the same parameters, so the two can be compared side by side on one machine.

Each workload draws 10^6 values per call, 10 calls per repetition, best of 5 repetitions
(the same "best of" defence against a shared machine as matrisk bench). Where numpy offers a
preallocated output (random, standard_normal) it is used (`out=`); the other methods
allocate their result, as they must. Rows with no numpy method say how they are emulated.

    swift build -c release
    .build/release/matrisk bench --format json > /tmp/bench.json
    python3 Tests/MonteCarloTests/Fixtures/numpy_throughput.py --compare /tmp/bench.json

Without --compare it prints numpy's figures as JSON: [{name, drawsPerSecond, method}].
"""
import argparse
import json
import math
import time

import numpy as np

BLOCK = 1_000_000
CALLS = 10
REPETITIONS = 5


def pert_shapes(lo, mode, hi, lam=4.0):
    return 1 + lam * (mode - lo) / (hi - lo), 1 + lam * (hi - mode) / (hi - lo)


def lognormal_parameters(mean, sd):
    sigma2 = math.log1p((sd / mean) ** 2)
    return math.log(mean) - sigma2 / 2, math.sqrt(sigma2)


def workloads(rng):
    out = np.empty(BLOCK)
    alpha, beta = pert_shapes(10_000, 25_000, 80_000)
    mu, sigma = lognormal_parameters(50_000, 20_000)
    accept = 0.8860  # P(0 <= X <= 5) for X ~ N(2, 1.5): the share a filter keeps

    def truncated():
        x = rng.normal(2, 1.5, size=int(BLOCK / accept * 1.02))
        return x[(x >= 0) & (x <= 5)][:BLOCK]

    return [
        ("keyed uniform", "random(out=)", lambda: rng.random(out=out)),
        ("uniform", "uniform(0, 60, size)", lambda: rng.uniform(0, 60, size=BLOCK)),
        ("triangular", "triangular(0.5, 2, 4, size)", lambda: rng.triangular(0.5, 2, 4, size=BLOCK)),
        ("pert", f"beta({alpha:.4g}, {beta:.4g}, size), unscaled", lambda: rng.beta(alpha, beta, size=BLOCK)),
        ("normal", "standard_normal(out=)", lambda: rng.standard_normal(out=out)),
        ("normal truncated", "normal(2, 1.5, size) then a filter to [0, 5]", truncated),
        ("lognormal", "lognormal(mu, sigma, size)", lambda: rng.lognormal(mu, sigma, size=BLOCK)),
        ("bernoulli", "binomial(1, 0.3, size)", lambda: rng.binomial(1, 0.3, size=BLOCK)),
        ("poisson λ=4", "poisson(4, size)", lambda: rng.poisson(4, size=BLOCK)),
        ("poisson λ=100", "poisson(100, size)", lambda: rng.poisson(100, size=BLOCK)),
        ("discrete", "choice([1, 2, 5, 10], p=[.4, .3, .2, .1], size)",
         lambda: rng.choice([1.0, 2.0, 5.0, 10.0], p=[0.4, 0.3, 0.2, 0.1], size=BLOCK)),
    ]


def measure():
    rng = np.random.default_rng(20261122)
    results = []
    for name, method, draw in workloads(rng):
        best = math.inf
        for _ in range(REPETITIONS):
            start = time.perf_counter()
            for _ in range(CALLS):
                draw()
            best = min(best, time.perf_counter() - start)
        results.append({"name": name, "drawsPerSecond": round(BLOCK * CALLS / best), "method": method})
    return results


def compare(bench_path, numpy_results):
    with open(bench_path) as f:
        swift = {row["name"]: row["drawsPerSecond"] for row in json.load(f) if row["threads"] == 1}
    print(f"| workload | matrisk M draws/s | numpy M draws/s | ratio | numpy method |")
    print(f"| --- | ---: | ---: | ---: | --- |")
    for row in numpy_results:
        s = swift.get(row["name"])
        if s is None:
            continue
        n = row["drawsPerSecond"]
        print(f"| {row['name']} | {s / 1e6:.1f} | {n / 1e6:.1f} | {s / n:.2f}× | {row['method']} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", metavar="BENCH_JSON", help="matrisk bench --format json output to compare with")
    args = parser.parse_args()
    results = measure()
    if args.compare:
        compare(args.compare, results)
    else:
        print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
