#!/usr/bin/python3
"""Cross-validated accuracy of every classification kind of mlwb-cli against scikit-learn's
equivalent estimator, on public datasets that Debian ships (the issue's quality bar: 10-fold
cross-validated accuracy within 1.5 points of scikit-learn).

Datasets (written as CSV under --datadir; missing cells are empty):
  iris, wine, breast_cancer, digits   python3-sklearn's bundled copies, as they are
  breast_cancer_missing               breast_cancer with 10% of the feature cells removed
  anes96, fair                        python3-statsmodels (skipped when it is not installed):
                                      survey data with categorical columns (party id and
                                      education; occupations), 10% of the feature cells
                                      removed since they have no missing values of their own
Missing cells are injected with numpy.random.RandomState(0), the same cells every run.

What each kind is compared with, given the same columns:
  logistic       impute (mean; categories: none) + one-hot + LogisticRegression(max_iter=20000);
                 no scaling: ours standardizes internally but optimizes the same objective
                 on the unscaled features (run with max_iter=1000). scikit-learn's lbfgs on
                 unscaled features needs the many iterations: at max_iter=1000 it stops short
                 on every fold of breast_cancer_missing (93.3% instead of 95.1%)
  gaussian_nb    the same preparation + GaussianNB()
  knn            the same preparation + KNeighborsClassifier() (ours with scale=false)
  tree           the same preparation + DecisionTreeClassifier(): scikit-learn 1.2's trees
                 take neither NaN nor categories, while ours use both natively
  random_forest  the same preparation + RandomForestClassifier()
  gbt            ordinal-encoded categories + HistGradientBoostingClassifier(
                 categorical_features=...), NaN left in: native on both sides
Both sides use stratified 10-fold cross-validation (repeated --repeats times), but each its own
fold assignment, so a difference of a few tenths of a point is fold noise.

usage: accuracy_vs_sklearn.py PATH/TO/mlwb-cli [--datadir DIR] [--repeats R] [--datasets a,b]
                              [--kinds a,b] [--json]
Run it with a Release build. Prints a table: dataset, kind, ours, sklearn, difference, within
1.5 points. Benchmarks are not tests: it never fails on a result.
"""
import argparse
import json
import os
import subprocess
import sys
import time
import warnings

# One OpenMP thread: HistGradientBoosting spins badly on a shared 2-core machine, and only
# accuracy is compared here, not time.
os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np
import pandas as pd
from sklearn import datasets as skdata
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import RepeatedStratifiedKFold, cross_val_score
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder
from sklearn.tree import DecisionTreeClassifier

KINDS = ["logistic", "gaussian_nb", "knn", "tree", "random_forest", "gbt"]
# knn scales its features by default; the anchor here does not, so ours is asked not to.
OUR_PARAMS = {"logistic": ["max_iter=1000"], "knn": ["scale=false"]}
MISSING_SHARE = 0.10


def inject_missing(frame, columns, share, seed=0):
    """Removes `share` of the cells of `columns`, the same ones on every run."""
    rs = np.random.RandomState(seed)
    out = frame.copy()
    for column in columns:
        mask = rs.uniform(size=len(out)) < share
        out[column] = out[column].astype(object if out[column].dtype == object else float)
        out.loc[mask, column] = np.nan
    return out


def sklearn_frame(loader, target_names=True):
    bunch = loader()
    frame = pd.DataFrame(bunch.data, columns=[f"f{i}" for i in range(bunch.data.shape[1])])
    if target_names and hasattr(bunch, "target_names"):
        frame["target"] = [str(bunch.target_names[t]) for t in bunch.target]
    else:
        frame["target"] = [f"c{t}" for t in bunch.target]
    return frame


def statsmodels_frames():
    try:
        import statsmodels.api as sm
    except ImportError:
        print("# python3-statsmodels is not installed: anes96 and fair are skipped", file=sys.stderr)
        return {}
    frames = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        anes = sm.datasets.anes96.load_pandas().data
        fair = sm.datasets.fair.load_pandas().data
    # 1996 American National Election Study: vote (0 Clinton, 1 Dole) from the voter's
    # placements, party identification (7 levels), education (7 levels) and the rest.
    pid = ["strong_dem", "weak_dem", "lean_dem", "independent", "lean_rep", "weak_rep", "strong_rep"]
    educ = ["grade_school", "some_high_school", "high_school", "some_college", "community_college", "ba", "postgrad"]
    anes_out = pd.DataFrame({
        "popul": anes["popul"], "TVnews": anes["TVnews"], "selfLR": anes["selfLR"], "ClinLR": anes["ClinLR"],
        "DoleLR": anes["DoleLR"], "PID": [pid[int(v)] for v in anes["PID"]], "age": anes["age"],
        "educ": [educ[int(v) - 1] for v in anes["educ"]], "income": anes["income"],
        "vote": ["dole" if v == 1 else "clinton" for v in anes["vote"]]})
    frames["anes96"] = (inject_missing(anes_out, [c for c in anes_out.columns if c != "vote"], MISSING_SHARE),
                        "vote", ["PID", "educ"])
    # Fair's 1974 affairs survey: had an affair (affairs > 0), with the wife's and the
    # husband's occupation as categories (6 levels each).
    fair_out = pd.DataFrame({
        "rate_marriage": fair["rate_marriage"], "age": fair["age"], "yrs_married": fair["yrs_married"],
        "children": fair["children"], "religious": fair["religious"], "educ": fair["educ"],
        "occupation": [f"occ{int(v)}" for v in fair["occupation"]],
        "occupation_husb": [f"occ{int(v)}" for v in fair["occupation_husb"]],
        "affair": ["yes" if v > 0 else "no" for v in fair["affairs"]]})
    frames["fair"] = (inject_missing(fair_out, [c for c in fair_out.columns if c != "affair"], MISSING_SHARE),
                      "affair", ["occupation", "occupation_husb"])
    return frames


def all_datasets():
    out = {
        "iris": (sklearn_frame(skdata.load_iris), "target", []),
        "wine": (sklearn_frame(skdata.load_wine, target_names=False), "target", []),
        "breast_cancer": (sklearn_frame(skdata.load_breast_cancer), "target", []),
        "digits": (sklearn_frame(skdata.load_digits, target_names=False), "target", []),
    }
    cancer = out["breast_cancer"][0]
    out["breast_cancer_missing"] = (inject_missing(cancer, [c for c in cancer.columns if c != "target"],
                                                   MISSING_SHARE), "target", [])
    out.update(statsmodels_frames())
    return out


def sklearn_estimator(kind, numeric, categorical, frame):
    if kind == "gbt":
        prep = ColumnTransformer([("num", "passthrough", numeric),
                                  ("cat", OrdinalEncoder(), categorical)])
        mask = [False] * len(numeric) + [True] * len(categorical)
        return make_pipeline(prep, HistGradientBoostingClassifier(
            categorical_features=mask if categorical else None, random_state=0))
    # FeaturePrep: numbers missing -> training mean; a category column -> one 0/1 column per
    # category seen, all zeros when missing.
    categories = [sorted(frame[c].dropna().unique()) for c in categorical]
    steps = [("num", SimpleImputer(strategy="mean"), numeric)]
    if categorical:
        steps.append(("cat", make_pipeline(
            SimpleImputer(strategy="constant", fill_value="__missing__"),
            OneHotEncoder(categories=categories, handle_unknown="ignore")), categorical))
    model = {
        "logistic": lambda: LogisticRegression(max_iter=20000),
        "gaussian_nb": GaussianNB,
        "knn": KNeighborsClassifier,
        "tree": lambda: DecisionTreeClassifier(random_state=0),
        "random_forest": lambda: RandomForestClassifier(random_state=0),
    }[kind]()
    return make_pipeline(ColumnTransformer(steps, sparse_threshold=0), model)


def sklearn_accuracy(kind, frame, target, categorical, repeats):
    numeric = [c for c in frame.columns if c != target and c not in categorical]
    X = frame.drop(columns=[target])
    y = frame[target].to_numpy()
    cv = RepeatedStratifiedKFold(n_splits=10, n_repeats=repeats, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        scores = cross_val_score(sklearn_estimator(kind, numeric, categorical, frame), X, y, cv=cv)
    return float(np.mean(scores))


def our_accuracy(cli, path, kind, target, repeats):
    command = [cli, "train", path, "--target", target, "--model", kind, "--cv", "10", "--seed", "0", "--json"]
    if repeats > 1:
        command += ["--repeats", str(repeats)]
    for param in OUR_PARAMS.get(kind, []):
        command += ["--param", param]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"{' '.join(command)}: {run.stderr.strip()}")
    result = json.loads(run.stdout)
    return float(result["metrics"]["accuracy"]), int(result["features"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cli", help="path to mlwb-cli (a Release build)")
    ap.add_argument("--datadir", default="/tmp/mlwb-accuracy")
    ap.add_argument("--repeats", type=int, default=1, help="repeats of 10-fold CV on both sides")
    ap.add_argument("--datasets", help="comma-separated subset")
    ap.add_argument("--kinds", help="comma-separated subset of " + ",".join(KINDS))
    ap.add_argument("--json", action="store_true", help="also print one JSON line per row")
    a = ap.parse_args()

    os.makedirs(a.datadir, exist_ok=True)
    data = all_datasets()
    names = a.datasets.split(",") if a.datasets else list(data)
    kinds = a.kinds.split(",") if a.kinds else KINDS
    print(f"# 10-fold stratified CV x {a.repeats}; scikit-learn {__import__('sklearn').__version__}; "
          f"missing cells injected: {MISSING_SHARE:.0%} (breast_cancer_missing, anes96, fair)")
    print("| dataset | rows | kind | ours | sklearn | difference | within 1.5 points |")
    print("|---|---|---|---|---|---|---|")
    outside = 0
    for name in names:
        frame, target, categorical = data[name]
        path = os.path.join(a.datadir, name + ".csv")
        frame.to_csv(path, index=False, na_rep="")
        for kind in kinds:
            start = time.perf_counter()
            ours, features = our_accuracy(a.cli, path, kind, target, a.repeats)
            ours_seconds = time.perf_counter() - start
            start = time.perf_counter()
            theirs = sklearn_accuracy(kind, frame, target, categorical, a.repeats)
            theirs_seconds = time.perf_counter() - start
            difference = 100 * (ours - theirs)
            within = abs(difference) <= 1.5
            outside += 0 if within else 1
            print(f"| {name} | {len(frame)} | {kind} | {100 * ours:.2f} | {100 * theirs:.2f} | {difference:+.2f} | "
                  f"{'yes' if within else '**no**'} |", flush=True)
            if a.json:
                print(json.dumps({"dataset": name, "kind": kind, "ours": ours, "sklearn": theirs,
                                  "features": features, "ours_seconds": round(ours_seconds, 3),
                                  "sklearn_seconds": round(theirs_seconds, 3)}), flush=True)
    print(f"# {outside} of {len(names) * len(kinds)} outside 1.5 points")


if __name__ == "__main__":
    main()
