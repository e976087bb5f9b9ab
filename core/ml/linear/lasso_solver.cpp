#include "core/ml/linear/lasso_solver.h"

#include <cmath>

namespace mlwb::core::ml {

LassoSolver::LassoSolver(const Matrix& X, const Vector& y, double alpha, double tol)
    : m_X(X),
      m_y(y),
      m_alphaN(alpha * static_cast<double>(X.rows())),
      m_tol(tol),
      m_gapTol(tol * y.squaredNorm()),
      m_w(Vector::Zero(X.cols())),
      m_residual(y),
      m_columnNorms2(X.colwise().squaredNorm().transpose())
{}

// Follows sklearn's enet_coordinate_descent so that the stopping point (and so the
// coefficients at a given tol) match: the gap is only computed when the largest update is
// small relative to the largest coefficient.
bool LassoSolver::step()
{
    double maxUpdate = 0;
    double maxWeight = 0;
    for (Eigen::Index j = 0; j < m_X.cols(); ++j) {
        if (m_columnNorms2[j] == 0) continue;
        const double old = m_w[j];
        const auto column = m_X.col(j);
        const double rho = column.dot(m_residual) + m_columnNorms2[j] * old;
        const double shrunk = std::max(std::abs(rho) - m_alphaN, 0.0);
        const double updated = rho >= 0 ? shrunk / m_columnNorms2[j] : -shrunk / m_columnNorms2[j];
        if (updated != old) m_residual.noalias() -= (updated - old) * column;
        m_w[j] = updated;
        maxUpdate = std::max(maxUpdate, std::abs(updated - old));
        maxWeight = std::max(maxWeight, std::abs(updated));
    }
    ++m_sweeps;
    if (maxWeight == 0 || maxUpdate / maxWeight < m_tol) {
        m_gap = computeGap();
        return m_gap < m_gapTol;
    }
    return false;
}

double LassoSolver::computeGap() const
{
    const double dualNorm = (m_X.transpose() * m_residual).cwiseAbs().maxCoeff();
    const double residualNorm2 = m_residual.squaredNorm();
    double scale = 1.0;
    double gap = residualNorm2;
    if (dualNorm > m_alphaN) {
        scale = m_alphaN / dualNorm;
        gap = 0.5 * (residualNorm2 + residualNorm2 * scale * scale);
    }
    return gap + m_alphaN * m_w.lpNorm<1>() - scale * m_residual.dot(m_y);
}

}  // namespace mlwb::core::ml
