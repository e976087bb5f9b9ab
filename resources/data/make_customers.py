#!/usr/bin/env python3
"""Writes customers.csv: a synthetic, seeded dataset for trying the workbench.

It has numeric, integer, categorical, boolean, date and text columns, missing values in
several of them (empty cells and NA), a Korean city name, and a churn label that depends
on the other columns, so a model has something to learn. Re-run to regenerate:
    /usr/bin/python3 make_customers.py > customers.csv
"""
import csv
import datetime
import math
import random
import sys

rng = random.Random(20261127)
cities = ["Seoul", "Busan", "Lisbon", "Toronto", "Nairobi", "Lyon", "서울", "Osaka"]
plans = ["basic", "plus", "pro"]
writer = csv.writer(sys.stdout, lineterminator="\n")
writer.writerow(["customer_id", "signup_date", "age", "income", "city", "plan", "monthly_spend",
                 "support_calls", "autopay", "note", "churned"])
start = datetime.date(2021, 1, 1)
for i in range(2000):
    age = rng.randint(18, 80)
    income = round(rng.lognormvariate(10.6, 0.45), 2)
    city = rng.choice(cities)
    plan = rng.choices(plans, weights=[5, 3, 2])[0]
    spend = round({"basic": 19, "plus": 39, "pro": 79}[plan] * rng.uniform(0.7, 1.4), 2)
    calls = min(12, int(rng.expovariate(0.6)))
    autopay = rng.random() < 0.6
    signup = start + datetime.timedelta(days=rng.randint(0, 1400))
    tenure_years = (datetime.date(2025, 1, 1) - signup).days / 365.0
    score = -1.2 + 0.35 * calls - 0.8 * autopay - 0.4 * tenure_years + (0.5 if plan == "basic" else 0) \
        + 0.01 * (45 - age)
    churned = "yes" if rng.random() < 1 / (1 + math.exp(-score)) else "no"
    note = rng.choice(["", "", "", "asked about discounts", "moved, \"new address\"", "prefers email",
                       "billing dispute; resolved"])
    row = [f"C{i + 1:05d}", signup.isoformat(), age, income, city, plan, spend, calls,
           "true" if autopay else "false", note, churned]
    # Missing values the way real exports have them: empty cells and NA.
    if rng.random() < 0.05: row[2] = ""
    if rng.random() < 0.08: row[3] = "NA"
    if rng.random() < 0.03: row[4] = ""
    if rng.random() < 0.02: row[8] = ""
    writer.writerow(row)
