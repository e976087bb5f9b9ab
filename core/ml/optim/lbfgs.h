// L-BFGS minimizer for smooth objectives, advanced one iteration at a time by its caller so
// that training loops own progress and cancellation. Used by logistic regression (and later
// other smooth losses).
#pragma once

#include "core/ml/matrix.h"

#include <deque>
#include <functional>

namespace mlwb::core::ml {

class Lbfgs {
public:
    // Returns f(x) and writes its gradient into grad (already sized like x).
    using Objective = std::function<double(const Vector& x, Vector& grad)>;

    struct Options {
        int memory = 10;
        double gradientTolerance = 1e-4;  // stop when max |grad_i| falls below, like scipy's pgtol
        int maxLineSearch = 50;
    };

    enum class State { Running, Converged, Stalled };

    Lbfgs(Objective objective, Vector x0, Options options);

    // One iteration: direction, backtracking line search (Armijo), memory update.
    State step();

    State state() const { return m_state; }
    const Vector& x() const { return m_x; }
    double value() const { return m_f; }
    double gradientNorm() const { return m_gradient.cwiseAbs().maxCoeff(); }
    int iterations() const { return m_iterations; }

private:
    Vector direction() const;

    Objective m_objective;
    Options m_options;
    Vector m_x;
    Vector m_gradient;
    double m_f = 0;
    std::deque<Vector> m_s;
    std::deque<Vector> m_y;
    std::deque<double> m_rho;
    int m_iterations = 0;
    State m_state = State::Running;
};

}  // namespace mlwb::core::ml
