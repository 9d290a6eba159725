"""scikit-learn's LogisticRegression on the rows the look-alike benchmark trained and tested Weka on.

Same preparation as FinSeg's logistic regression: empty values replaced by the training mean,
every column standardised on the training part. Prints the test AUC and the time it took.
    python3 bench/lookalike_sklearn.py TRAIN.csv TEST.csv
"""
import sys
import time

import numpy as np
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def read(path):
    data = np.genfromtxt(path, delimiter=",", skip_header=1, filling_values=np.nan, missing_values="")
    return data[:, :-1], data[:, -1].astype(int)


def main(train_path, test_path):
    x_train, y_train = read(train_path)
    x_test, y_test = read(test_path)
    started = time.perf_counter()
    model = make_pipeline(SimpleImputer(strategy="mean", keep_empty_features=True), StandardScaler(),
                          LogisticRegression(max_iter=2000))
    model.fit(x_train, y_train)
    auc = roc_auc_score(y_test, model.predict_proba(x_test)[:, 1])
    print(f"BENCH scikit-learn LogisticRegression: AUC on the test part {auc:.4f} "
          f"({len(y_train):,} training and {len(y_test):,} test rows, {x_train.shape[1]} columns, "
          f"{time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
