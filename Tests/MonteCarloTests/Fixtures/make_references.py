#!/usr/bin/env python3
"""Writes references.json: exact reference values from scipy for the distributions matrisk's
tests draw from. The Swift tests draw 10^6 keyed samples of each and compare.

For each distribution: its scenario-file form (decoded by the Swift test, so the decoder is
tested too), its mean and standard deviation, its 5th, 50th and 95th percentiles with the
density there (to give a percentile's standard error, sqrt(p(1-p)/n)/f(x_p)), and its
quantile function at several probabilities (compared directly with matrisk's, to 1e-8).

For a discrete distribution the percentile is a step: the sample percentile equals the
population one unless the distribution function at that value (or just below it) lies within
a few standard errors of p. The script refuses parameters where it lies within 8 standard
errors, so the Swift test can demand exact equality without being flaky.

Run from the package root: python3 Tests/MonteCarloTests/Fixtures/make_references.py
"""
import json
import math
import os

import numpy as np
import scipy
from scipy import stats

DRAWS = 1_000_000
SEED = 20261122
PERCENTILES = [0.05, 0.50, 0.95]
QUANTILE_PROBABILITIES = [1e-6, 0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1 - 1e-6]


def pert(lo, mode, hi, lam=4.0):
    a = 1 + lam * (mode - lo) / (hi - lo)
    b = 1 + lam * (hi - mode) / (hi - lo)
    return stats.beta(a, b, loc=lo, scale=hi - lo)


def lognormal(mean, sd):
    sigma2 = math.log1p((sd / mean) ** 2)
    return stats.lognorm(s=math.sqrt(sigma2), scale=math.exp(math.log(mean) - sigma2 / 2))


def truncated_normal(mu, sigma, lo=-math.inf, hi=math.inf):
    return stats.truncnorm((lo - mu) / sigma, (hi - mu) / sigma, loc=mu, scale=sigma)


def discrete(values, weights):
    total = sum(weights)
    return stats.rv_discrete(values=(values, [w / total for w in weights]))


CASES = [
    ("uniform", {"uniform": [0, 60]}, stats.uniform(loc=0, scale=60), False),
    ("triangular", {"triangular": [0.5, 2.0, 4.0]}, stats.triang(c=(2.0 - 0.5) / 3.5, loc=0.5, scale=3.5), False),
    ("pert", {"pert": [10000, 25000, 80000]}, pert(10000, 25000, 80000), False),
    ("pert, mode at min", {"pert": [0, 0, 100]}, pert(0, 0, 100), False),
    ("pert, lambda 8", {"pert": [1, 3, 10], "lambda": 8}, pert(1, 3, 10, 8.0), False),
    ("normal", {"normal": [-1.0, 2.0]}, stats.norm(loc=-1.0, scale=2.0), False),
    ("normal truncated both sides", {"normal": [2, 1.5], "min": 0, "max": 5}, truncated_normal(2, 1.5, 0, 5), False),
    ("normal truncated in the upper tail", {"normal": [0, 1], "min": 1.5}, truncated_normal(0, 1, lo=1.5), False),
    ("normal truncated in the lower tail", {"normal": [10, 3], "max": 4}, truncated_normal(10, 3, hi=4), False),
    ("lognormal", {"lognormal": [50000, 20000]}, lognormal(50000, 20000), False),
    ("bernoulli", {"bernoulli": 0.3}, stats.bernoulli(0.3), True),
    ("poisson, small rate", {"poisson": 0.5}, stats.poisson(0.5), True),
    ("poisson", {"poisson": 3.7}, stats.poisson(3.7), True),
    ("poisson, large rate", {"poisson": 30}, stats.poisson(30), True),
    ("discrete", {"discrete": {"values": [10, 1, 5, 2], "weights": [1, 4, 2, 3]}},
     discrete([1, 2, 5, 10], [4, 3, 2, 1]), True),
]


def check_steps(name, dist, p):
    """The step at the p-quantile is well clear of p, so the sample percentile is exact."""
    q = dist.ppf(p)
    margin = 8 * math.sqrt(p * (1 - p) / DRAWS)
    below = dist.cdf(q) - dist.pmf(q)
    if not (below < p - margin and dist.cdf(q) > p + margin):
        raise SystemExit(f"{name}: the step at P{round(p * 100)} = {q} is within 8 standard errors of {p}; "
                         f"F below = {below}, F = {dist.cdf(q)}")


def on_a_step(dist, p):
    """Whether p equals F at a support point to within rounding: there the quantile depends
    on how the sum of the probabilities rounds, and either neighbour is defensible."""
    q = dist.ppf(p)
    return abs(dist.cdf(q) - p) < 1e-9 or abs(dist.cdf(q) - dist.pmf(q) - p) < 1e-9


def main():
    entries = []
    for name, form, dist, is_discrete in CASES:
        percentiles = []
        for p in PERCENTILES:
            entry = {"p": p, "value": float(dist.ppf(p))}
            if is_discrete:
                check_steps(name, dist, p)
            else:
                entry["density"] = float(dist.pdf(dist.ppf(p)))
            percentiles.append(entry)
        entries.append({
            "name": name,
            "form": form,
            "discrete": is_discrete,
            "mean": float(dist.mean()),
            "standardDeviation": float(dist.std()),
            "percentiles": percentiles,
            "quantiles": [{"p": p, "value": float(dist.ppf(p))} for p in QUANTILE_PROBABILITIES
                          if not (is_discrete and on_a_step(dist, p))],
        })
    document = {
        "about": "Reference values from scipy for MonteCarloTests; written by make_references.py.",
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "draws": DRAWS,
        "seed": SEED,
        "distributions": entries,
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "references.json")
    with open(path, "w") as out:
        json.dump(document, out, indent=2)
        out.write("\n")
    print(f"wrote {len(entries)} distributions to {path}")


if __name__ == "__main__":
    main()
