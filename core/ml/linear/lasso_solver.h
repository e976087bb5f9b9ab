// Coordinate descent for the lasso, (1/2n)||y - Xw||^2 + alpha ||w||_1 on centered data,
// advanced one sweep at a time by its caller (trainLinear) so progress and cancel live there.
#pragma once

#include "core/ml/matrix.h"

namespace mlwb::core::ml {

class LassoSolver {
public:
    // X and y must already be centered when an intercept is fitted; both must outlive the solver.
    LassoSolver(const Matrix& X, const Vector& y, double alpha, double tol);

    // One sweep over all coordinates; returns true once converged (duality gap below tol).
    bool step();

    const Vector& coefficients() const { return m_w; }
    int sweeps() const { return m_sweeps; }
    double dualityGap() const { return m_gap; }

private:
    double computeGap() const;

    const Matrix& m_X;
    const Vector& m_y;
    double m_alphaN;  // alpha * n: the penalty in the unnormalized objective
    double m_tol;     // relative change threshold for checking the gap
    double m_gapTol;  // tol * ||y||^2, sklearn's scaling
    Vector m_w;
    Vector m_residual;
    Vector m_columnNorms2;
    int m_sweeps = 0;
    double m_gap = 0;
};

}  // namespace mlwb::core::ml
