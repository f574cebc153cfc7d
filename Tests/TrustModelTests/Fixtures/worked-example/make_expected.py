#!/usr/bin/env python3
"""Computes the worked example of the trust finance model (Scenarios/MODEL.md) independently of matrisk.

Written from the model's written formulas, not from the Swift code, and run once to produce
expected.json (committed); the Swift tests do not run Python. Usage: python3 make_expected.py
"""
import json, math, pathlib

def round_half_away(x):
    return int(math.floor(abs(x) + 0.5)) * (1 if x >= 0 else -1)

YEARS = 3
u, w, g, i = 0.02, 0.04, 0.50, 0.03          # economy: the same every year
tau, e, s, max_cut = 0.05, 0.5, 0.70, 0.02   # top-slice, elasticity, central pay share, deficit recovery
academies = {
    "oak-primary": dict(P=410, cap=420, r=0.02, F=5350.0, L=145000.0, other=310000.0,
                        staff=1950000.0, nonStaff=480000.0, R=180000.0),
    "castle-secondary": dict(P=900, cap=1000, r=-0.01, F=6900.0, L=145000.0, other=520000.0,
                             staff=5600000.0, nonStaff=1300000.0, R=-50000.0),
}
template = dict(P=200, cap=210, r=0.0, F=5400.0, L=145000.0, other=90000.0, staff_pct=0.74,
                non_staff_pct=0.22, R=60000.0)
JOIN_YEAR = 1
FIXED, PER_ACADEMY, JOINING = 300000.0, 30000.0, 45000.0
STEPS = [dict(at=3, cost=120000.0, lead=1)]
C, CENTRAL_OTHER = 250000.0, 40000.0

def academies_in_trust(t):
    return 2 + (1 if t >= JOIN_YEAR else 0)

U, K = [1.0], [1.0]                           # funding and central cost indexes
for t in range(YEARS):
    U.append(U[t] * (1 + u))
    K.append(K[t] * (1 + s * w + (1 - s) * i))

out = {"academies": {name: [] for name in list(academies) + ["new-converter"]}, "centre": [], "trust": []}
state = {name: dict(a) for name, a in academies.items()}
for t in range(YEARS):
    if t == JOIN_YEAR:                       # the joiner opens at this year's prices
        a = dict(P=min(template["cap"], round_half_away(template["P"])), cap=template["cap"], r=template["r"],
                 F=template["F"] * U[t], L=template["L"] * U[t], other=template["other"] * U[t])
        income = a["P"] * a["F"] + a["L"] + a["other"]
        a.update(staff=template["staff_pct"] * income, nonStaff=template["non_staff_pct"] * income,
                 R=template["R"] * U[t])
        state["new-converter"] = a
    top_slices = reserves = income_sum = 0.0
    for name, a in state.items():
        gag = a["P"] * a["F"] + a["L"]
        income = gag + a["other"]
        top_slice = tau * gag
        balance = income - a["staff"] - a["nonStaff"] - top_slice
        a["R"] += balance
        a["balance"] = balance
        top_slices += top_slice; reserves += a["R"]; income_sum += income
        out["academies"][name].append(dict(year=t, pupils=a["P"], gag=gag, income=income, staffCosts=a["staff"],
                                           nonStaffCosts=a["nonStaff"], topSlice=top_slice, balance=balance,
                                           reserves=a["R"]))
    steps = sum(st["cost"] for st in STEPS if st["at"] <= academies_in_trust(t + st["lead"]))
    central_income = top_slices + CENTRAL_OTHER * U[t]
    central_costs = (FIXED + PER_ACADEMY * academies_in_trust(t) + steps) * K[t] + JOINING * (1 if t == JOIN_YEAR else 0)
    C += central_income - central_costs
    out["centre"].append(dict(year=t, academies=academies_in_trust(t), fundingIndex=U[t], costIndex=K[t],
                              income=central_income, costs=central_costs, balance=central_income - central_costs,
                              reserves=C))
    trust_income = income_sum + CENTRAL_OTHER * U[t]
    out["trust"].append(dict(year=t, income=trust_income, reserves=reserves + C))
    for a in state.values():                  # on to next year
        P1 = min(a["cap"], round_half_away(a["P"] * (1 + a["r"])))
        staff = a["staff"] * (1 + w) * (1 + e * (P1 - a["P"]) / a["P"])
        if a["balance"] < 0:
            staff *= 1 - min(max_cut, -a["balance"] / a["staff"])
        a["other"] = a["other"] * (1 + u) + g * w * a["staff"]
        a["staff"], a["nonStaff"] = staff, a["nonStaff"] * (1 + i)
        a["F"] *= 1 + u; a["L"] *= 1 + u; a["P"] = P1

def pennies(value, key=""):
    """Money to the penny; the indexes keep every digit."""
    if isinstance(value, dict):
        return {k: pennies(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [pennies(v, key) for v in value]
    if isinstance(value, float) and not key.endswith("Index"):
        return round(value, 2)
    return value

out = pennies(out)
pathlib.Path(__file__).with_name("expected.json").write_text(json.dumps(out, indent=1) + "\n")
