# Writes noisy_blobs.csv: two overlapping Gaussian classes with 15% of labels flipped, so
# that 1 neighbour overfits the noise, a middling k wins and a huge k votes the majority.
# Fixture of tests/core/experiment/test_search.cpp; run: python3 make_noisy_blobs.py
import numpy as np

rng = np.random.default_rng(7)
n = 200
y = np.repeat([0, 1], n // 2)
x = rng.normal(size=(n, 2)) + np.where(y[:, None] == 1, 1.2, -0.0)
flip = rng.random(n) < 0.15
label = np.where(flip, 1 - y, y)
with open("noisy_blobs.csv", "w") as out:
    out.write("x1,x2,label\n")
    for (a, b), c in zip(x, label):
        out.write(f"{a:.4f},{b:.4f},{'yes' if c else 'no'}\n")
