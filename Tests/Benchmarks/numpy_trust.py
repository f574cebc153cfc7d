#!/usr/bin/env python3
"""The canonical trust of `matrisk bench`, written as a capable analyst would in vectorised numpy.

Run by hand, not in CI: it needs numpy (installed on the development machine; matrisk itself has
no Python dependency). It is the yardstick of issue 16: the same model as matrisk (Scenarios/MODEL.md,
Sources/TrustModel/Model) on the same files, so the two can be timed side by side
(Tests/Benchmarks/compare-numpy.sh) and their figures checked to agree within Monte Carlo error.

    matrisk bench --write-scenario /tmp/canonical --trials 20000
    python3 Tests/Benchmarks/numpy_trust.py /tmp/canonical/scenario.json --processes 2

It reads the scenario JSON and the register and mitigation CSVs that `--write-scenario` writes
(only the fields and distribution forms the canonical trust uses: fixed, normal with min/max,
PERT, triangular, lognormal, uniform; top-slice funding; academy and trust registers with their
quantified £ columns; each-academy and central trust risks; mitigations in place or planned).
Anything else is refused with a sentence rather than modelled differently.

Random numbers: PCG64, one generator per chunk of trials seeded from (scenario seed, chunk), so
the result depends on the chunk size but not on --processes. The draws are not matrisk's (matrisk
keys every draw by entity, year and trial), so the two agree in distribution, not trial by trial.
"""

import argparse
import csv
import json
import math
import os
import re
import sys
from multiprocessing import Pool

import numpy as np


# ---------------------------------------------------------------------------------------------
# Reading the files


def strip_comments(text):
    """JSON with // and /* */ comments and trailing commas, as matrisk reads it."""
    out, i, n, in_string = [], 0, len(text), False
    while i < n:
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\":
                out.append(text[i + 1])
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
            out.append(c)
        elif text.startswith("//", i):
            i = text.find("\n", i)
            i = n if i < 0 else i
            continue
        elif text.startswith("/*", i):
            i = text.find("*/", i) + 2
            continue
        else:
            out.append(c)
        i += 1
    return re.sub(r",(\s*[}\]])", r"\1", "".join(out))


def money(text):
    text = (text or "").replace("£", "").replace(",", "").replace("%", "").strip()
    return float(text) if text else None


def read_registers(folder):
    risks, mitigations = [], []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(folder, name), newline="", encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
        if rows and "Mitigation ID" in rows[0]:
            mitigations += rows
        else:
            risks += rows
    return risks, mitigations


# ---------------------------------------------------------------------------------------------
# Distributions: each draws an array of `size` values with a numpy Generator


class Dist:
    def __init__(self, spec, path):
        self.path = spec, path
        if isinstance(spec, (int, float)):
            self.kind, self.args = "fixed", (float(spec),)
            return
        if not isinstance(spec, dict):
            raise SystemExit(f"{path}: expected a number or a distribution, found {spec!r}")
        keys = set(spec) - {"min", "max", "lambda"}
        if len(keys) != 1:
            raise SystemExit(f"{path}: expected one distribution form, found {sorted(keys)}")
        self.kind = keys.pop()
        self.args = tuple(float(a) for a in (spec[self.kind] if isinstance(spec[self.kind], list) else [spec[self.kind]]))
        self.lo = float(spec.get("min", -math.inf))
        self.hi = float(spec.get("max", math.inf))
        self.lam = float(spec.get("lambda", 4.0))
        if self.kind not in ("normal", "pert", "triangular", "lognormal", "uniform"):
            raise SystemExit(f"{path}: the numpy model does not implement '{self.kind}'")

    def sample(self, rng, size):
        k, a = self.kind, self.args
        if k == "fixed":
            return np.full(size, a[0])
        if k == "uniform":
            return rng.uniform(a[0], a[1], size)
        if k == "triangular":
            return a[0] if a[0] == a[2] else rng.triangular(a[0], a[1], a[2], size)
        if k == "pert":
            lo, mode, hi = a
            if lo == hi:
                return np.full(size, lo)
            alpha = 1 + self.lam * (mode - lo) / (hi - lo)
            beta = 1 + self.lam * (hi - mode) / (hi - lo)
            return lo + (hi - lo) * rng.beta(alpha, beta, size)
        if k == "lognormal":
            mean, sd = a
            s2 = math.log1p(sd * sd / (mean * mean))
            return rng.lognormal(math.log(mean) - s2 / 2, math.sqrt(s2), size)
        # normal, truncated to [min, max] by rejection
        mean, sd = a
        x = rng.normal(mean, sd, size)
        bad = (x < self.lo) | (x > self.hi)
        while bad.any():
            x[bad] = rng.normal(mean, sd, int(bad.sum()))
            bad = (x < self.lo) | (x > self.hi)
        return x


def pert_params(lo, mode, hi, lam=4.0):
    span = np.where(hi > lo, hi - lo, 1.0)
    return 1 + lam * (mode - lo) / span, 1 + lam * (hi - mode) / span


# ---------------------------------------------------------------------------------------------
# The model laid out as arrays


class Model:
    """The scenario turned into arrays: one slot per academy today or planned join."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            s = json.loads(strip_comments(f.read()))
        self.s = s
        self.years, self.trials, self.seed, self.start = s["years"], s.get("trials", 10000), s.get("seed", 20261122), s["startYear"]
        if s.get("sampling", "random") != "random" or "correlations" in s["economy"]:
            raise SystemExit(f"{path}: the numpy model draws the economy by simple random sampling only")
        e = s["economy"]
        self.economy = [Dist(e.get(k, 0), f"economy.{k}") for k in
                        ("fundingUpliftPercent", "payAwardPercent", "payGrantCoveragePercent", "nonPayInflationPercent")]
        t = s["trust"]
        if t.get("fundingModel", "topSlice") != "topSlice":
            raise SystemExit(f"{path}: trust.fundingModel: the numpy model implements the top-slice only")
        self.top_slice = t["topSlicePercent"] / 100
        self.central0 = float(t.get("centralReserves", 0))
        self.central_other = float(t.get("centralOtherIncome", 0))
        c = t["centralCosts"]
        self.fixed, self.per_academy, self.joining = c["fixed"], c.get("perAcademy", 0), c.get("joiningCost", 0)
        self.steps = [(st["atAcademies"], st["cost"], st.get("leadYears", 0)) for st in c.get("steps", [])]
        self.pay_share = t.get("centralPaySharePercent", 70) / 100
        self.elasticity = t.get("staffingElasticity", 0.5)
        self.max_cut = t.get("deficitRecovery", {}).get("maxStaffCutPercent")
        self.max_cut = None if self.max_cut is None else self.max_cut / 100
        self.read_slots(s)
        folder = os.path.join(os.path.dirname(path), s["registers"])
        self.read_risks(*read_registers(folder))

    def read_slots(self, s):
        self.slots = []  # (id, register, academy spec or None, template, join year, probability)
        for a in s.get("academies", []):
            if "structuralDeficit" in a or a.get("type") == "free-school":
                raise SystemExit(f"academies[{a['id']}]: the numpy model has no structural deficit or free school for existing academies")
            self.slots.append(dict(id=a["id"], register=a.get("register", a["id"]), academy=a, join=0, probability=1.0,
                                   roll=Dist(a.get("rollChangePercent", 0), f"{a['id']}.rollChangePercent")))
        for j, g in enumerate(s.get("growth", [])):
            tpl = s["templates"][g["template"]]
            if tpl.get("type") == "free-school":
                raise SystemExit(f"growth[{j}]: the numpy model has no free schools")
            self.slots.append(dict(id=g["id"], register=tpl.get("register", g["template"]), template=tpl, join=g["year"] - self.start,
                                   probability=g.get("probability", 1.0),
                                   roll=Dist(tpl.get("rollChangePercent", 0), f"templates.{g['template']}.rollChangePercent")))

    def mitigation_factors(self, mitigations):
        """Per risk id: probability and impact factors by year, and the mitigations' cost rows."""
        factors, charges = {}, []
        for m in mitigations:
            status = m["Status"].strip().lower()
            if status == "in place":
                start = 0
            elif status == "retired" or not m["Due date"].strip():
                continue
            else:
                yy, mm, _ = (int(x) for x in m["Due date"].split("-"))
                start = max(0, (yy if mm >= 9 else yy - 1) - self.start)
            ids = [r.strip() for r in m["Risk IDs"].split(",") if r.strip()]
            for rid in ids:
                p, q = factors.setdefault(rid, (np.ones(self.years), np.ones(self.years)))
                p[start:] *= 1 - (money(m["Probability reduction %"]) or 0) / 100
                q[start:] *= 1 - (money(m["Impact reduction %"]) or 0) / 100
            if start < self.years:
                row = np.zeros(self.years)
                row[start:] += money(m["Annual cost £"]) or 0
                row[start] += 0 if status == "in place" else money(m["One-off cost £"]) or 0
                charges.append((ids, row))
        return factors, charges

    def read_risks(self, risks, mitigations):
        factors, charges = self.mitigation_factors(mitigations)
        S, Y = len(self.slots), self.years
        ones = (np.ones(Y), np.ones(Y))
        events = [[] for _ in range(S + 1)]  # per slot, then the centre: (q by year, lo, mode, hi, impact factor by year)
        owned, register_of = set(), {}

        def event(r):
            q = money(r["Annual probability %"])
            lo, mode, hi = money(r["Impact min £"]), money(r["Impact likely £"]), money(r["Impact max £"])
            if q is None or lo is None:
                return None
            pf, qf = factors.get(r["Risk ID"], ones)
            return (np.minimum(1, q / 100 * pf), lo, mode, hi, qf)

        for r in risks:
            register_of[r["Risk ID"]] = r["Register"]
            if r["Register"] == "trust" or (ev := event(r)) is None:
                continue
            for k, slot in enumerate(self.slots):
                if slot["register"] == r["Register"]:
                    events[k].append(ev)
                    if r["Trust risk"].strip():
                        owned.add((r["Trust risk"].strip(), k))
        for r in risks:
            if r["Register"] != "trust" or (ev := event(r)) is None:
                continue
            if r["Scope"].strip() == "each-academy":
                for k in range(S):
                    if (r["Risk ID"], k) not in owned:
                        events[k].append(ev)
            else:
                events[S].append(ev)
        self.academy_events = self.pad(events[:S])
        self.central_events = self.pad([events[S]])
        self.academy_mitigation = np.zeros((S, Y))
        self.central_mitigation = np.zeros(Y)
        for ids, row in charges:
            registers = {register_of[i] for i in ids if i in register_of}
            if len(registers) == 1 and (reg := registers.pop()) != "trust":
                for k, slot in enumerate(self.slots):
                    if slot["register"] == reg:
                        self.academy_mitigation[k] += row
            else:
                self.central_mitigation += row

    def pad(self, groups):
        """Events as arrays [payer, event(, year)], padded with events that never strike."""
        width = max(1, max(len(g) for g in groups))
        Y = self.years
        q = np.zeros((len(groups), width, Y))
        lo, mode, hi = (np.zeros((len(groups), width)) for _ in range(3))
        factor = np.zeros((len(groups), width, Y))
        for a, g in enumerate(groups):
            for k, (qq, l, m, h, f) in enumerate(g):
                q[a, k], lo[a, k], mode[a, k], hi[a, k], factor[a, k] = qq, l, m, h, f
        alpha, beta = pert_params(lo, mode, hi)
        return dict(q=q, lo=lo, hi=hi, alpha=alpha, beta=beta, factor=factor)


# ---------------------------------------------------------------------------------------------
# One chunk of trials


def losses(ev, year, rng, n):
    """Each payer's total loss in `year`, shape (n, payers): strikes, then PERT impacts of those that strike."""
    q = ev["q"][:, :, year]
    payers, width = q.shape
    struck = rng.random((n, payers, width)) < q
    t, a, k = np.nonzero(struck)
    if t.size == 0:
        return np.zeros((n, payers))
    alpha, beta = ev["alpha"][a, k], ev["beta"][a, k]
    lo, hi = ev["lo"][a, k], ev["hi"][a, k]
    amount = np.where(hi > lo, lo + (hi - lo) * rng.beta(alpha, beta), lo) * ev["factor"][a, k, year]
    return np.bincount(t * payers + a, weights=amount, minlength=n * payers).reshape(n, payers)


def round_away(x):
    return np.sign(x) * np.floor(np.abs(x) + 0.5)


def open_template(m, k, rows, F, rng):
    """Opening books of join slot k for the trials `rows`, at the funding index F of its year."""
    tpl, n = m.slots[k]["template"], rows.size
    d = lambda field: Dist(tpl.get(field, 0), f"template.{field}").sample(rng, n)
    cap = np.full(n, float(tpl["capacity"]))
    pupils = np.minimum(cap, round_away(np.maximum(0, d("pupils"))))
    f, L, O = d("fundingPerPupil") * F, d("lumpSum") * F, d("otherIncome") * F
    income = pupils * f + L + O
    S, N = d("staffCostsPercent") / 100 * income, d("nonStaffCostsPercent") / 100 * income
    R = d("reserves") * F if tpl["type"] == "converter" else np.zeros(n)
    deficit, recovery = np.zeros(n), 1
    if "structuralDeficit" in tpl:
        sd = tpl["structuralDeficit"]
        has = rng.random(n) < sd["probability"]
        deficit = np.where(has, Dist(sd["amount"], "structuralDeficit.amount").sample(rng, n) * F, 0)
        recovery = sd["recoveryYears"]
    return pupils, cap, f, L, O, S, N, R, deficit, recovery


def run_chunk(args):
    path, chunk, n = args
    m = MODEL if MODEL is not None else Model(path)
    rng = np.random.Generator(np.random.PCG64(np.random.SeedSequence([m.seed, chunk])))
    S, Y = len(m.slots), m.years
    join_year = np.array([[0 if sl["join"] <= 0 and sl["probability"] >= 1 else sl["join"] for sl in m.slots]] * n, dtype=float)
    for k, sl in enumerate(m.slots):
        if sl.get("template") is not None:
            join_year[:, k] = np.where(rng.random(n) < sl["probability"], sl["join"], np.inf)
    lookahead = max([st[2] for st in m.steps] + [0])
    counts = np.stack([(join_year <= y).sum(axis=1) for y in range(Y + lookahead + 1)], axis=1)
    econ = [d.sample(rng, (n, Y)) / 100 for d in m.economy]  # u, w, g, i by trial and year
    P, C, f, L, O, St, N, R, D = (np.zeros((n, S)) for _ in range(9))
    recovery = np.ones(S)
    for k, sl in enumerate(m.slots):
        a = sl.get("academy")
        if a is not None:
            P[:, k], C[:, k] = a["pupils"], a.get("capacity", a["pupils"])
            f[:, k], L[:, k], O[:, k] = a["fundingPerPupil"], a.get("lumpSum", 0), a.get("otherIncome", 0)
            St[:, k], N[:, k], R[:, k] = a["staffCosts"], a["nonStaffCosts"], a.get("reserves", 0)
    Z, F, K = np.full(n, m.central0), np.ones(n), np.ones(n)
    trust_reserves, central = np.zeros((n, Y)), np.zeros((n, Y))
    B = np.zeros((n, S))
    for y in range(Y):
        for k, sl in enumerate(m.slots):
            rows = np.nonzero(join_year[:, k] == y)[0] if sl.get("template") is not None else np.empty(0, int)
            if rows.size:
                opened = open_template(m, k, rows, F[rows], rng)
                for arr, v in zip((P, C, f, L, O, St, N, R, D), opened[:9]):
                    arr[rows, k] = v
                recovery[k] = opened[9]
        present = join_year <= y
        G = P * f + L
        I = G + O
        T = m.top_slice * G
        since = y - join_year
        share = np.where((since >= 0) & (since < recovery), 1 - since / recovery, 0)
        loss = losses(m.academy_events, y, rng, n)
        B = np.where(present, I - St - N - T - loss - m.academy_mitigation[:, y] - D * share, 0)
        R += B
        joiners = ((join_year == y) & np.array([sl.get("template") is not None for sl in m.slots])).sum(axis=1)
        capacity = sum(cost * (counts[:, y + lead] >= at) for at, cost, lead in m.steps) if m.steps else 0
        central_loss = losses(m.central_events, y, rng, n)[:, 0]
        income = (T * present).sum(axis=1) + m.central_other * F
        spent = (m.fixed + m.per_academy * counts[:, y] + capacity) * K + m.joining * joiners + central_loss + m.central_mitigation[y]
        Z += income - spent
        trust_reserves[:, y] = (R * present).sum(axis=1) + Z
        central[:, y] = Z
        if y + 1 == Y:
            break
        u, w, g, i = (e[:, y:y + 1] for e in econ)
        c = np.stack([sl["roll"].sample(rng, n) for sl in m.slots], axis=1) / 100
        nxt = np.minimum(C, round_away(P * (1 + c)))
        growth = np.where(P > 0, m.elasticity * (nxt - P) / np.where(P > 0, P, 1), 0)
        staff = St * (1 + w) * (1 + growth)
        if m.max_cut is not None:
            cut = np.minimum(m.max_cut, -B / np.where(St > 0, St, 1))
            staff = np.where((B < 0) & (St > 0), staff * (1 - cut), staff)
        O_next = O * (1 + u) + g * w * St
        keep = ~present
        P, St, O = np.where(keep, P, np.maximum(0, nxt)), np.where(keep, St, staff), np.where(keep, O, O_next)
        N, f, L = np.where(keep, N, N * (1 + i)), np.where(keep, f, f * (1 + u)), np.where(keep, L, L * (1 + u))
        F = F * (1 + u[:, 0])
        K = K * (1 + m.pay_share * w[:, 0] + (1 - m.pay_share) * i[:, 0])
    return trust_reserves[:, -1], central < 0, central[:, -1]


MODEL = None


def init_worker(path):
    global MODEL
    MODEL = Model(path)


# ---------------------------------------------------------------------------------------------
# Figures with their Monte Carlo error, as matrisk defines them (MODEL.md, "Monte Carlo error")


def percentile(x, p):
    s = np.sort(x)
    n = s.size
    value = float(np.percentile(s, p * 100))
    half = 1.959964 * math.sqrt(n * p * (1 - p))
    lo, hi = max(0, int(math.floor(n * p - half))), min(n - 1, int(math.ceil(n * p + half)))
    return value, float(s[hi] - s[lo]) / 4


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scenario", help="the scenario.json that 'matrisk bench --write-scenario' wrote")
    parser.add_argument("--trials", type=int, help="trials (default: the scenario's)")
    parser.add_argument("--processes", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--chunk", type=int, default=2000, help="trials a chunk (default 2000)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    global MODEL
    model = Model(args.scenario)
    trials = args.trials or model.trials
    chunks = [(args.scenario, c, min(args.chunk, trials - c * args.chunk)) for c in range((trials + args.chunk - 1) // args.chunk)]
    if args.processes > 1:
        with Pool(args.processes, initializer=init_worker, initargs=(args.scenario,)) as pool:
            parts = pool.map(run_chunk, chunks, chunksize=1)
    else:
        MODEL = model
        parts = [run_chunk(c) for c in chunks]
    end = np.concatenate([p[0] for p in parts])
    below = np.concatenate([p[1] for p in parts])
    central_end = np.concatenate([p[2] for p in parts])
    n = end.size
    figures = {"trust reserves at the end, mean": (float(end.mean()), float(end.std(ddof=1) / math.sqrt(n)))}
    figures["central reserves at the end, mean"] = (float(central_end.mean()), float(central_end.std(ddof=1) / math.sqrt(n)))
    for p in (0.05, 0.5, 0.95):
        figures[f"trust reserves at the end, P{round(p * 100)}"] = percentile(end, p)
    for y in range(model.years):
        q = float(below[:, y].mean())
        figures[f"P(central reserves < 0) in {model.start + y}/{(model.start + y + 1) % 100:02d}"] = (q, math.sqrt(q * (1 - q) / n))
    if args.json:
        print(json.dumps({"trials": n, "figures": {k: {"value": v, "se": e} for k, (v, e) in figures.items()}}))
    else:
        print(f"numpy model of {args.scenario}: {n} trials, {args.processes} process{'es' if args.processes > 1 else ''}")
        for k, (v, e) in figures.items():
            print(f"{k:45} {v:16.4f} ± {e:.4f}")


if __name__ == "__main__":
    main()
