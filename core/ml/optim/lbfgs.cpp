#include "core/ml/optim/lbfgs.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace mlwb::core::ml {

Lbfgs::Lbfgs(Objective objective, Vector x0, Options options)
    : m_objective(std::move(objective)), m_options(options), m_x(std::move(x0)), m_gradient(m_x.size())
{
    m_f = m_objective(m_x, m_gradient);
    if (m_x.size() == 0 || gradientNorm() <= m_options.gradientTolerance) m_state = State::Converged;
    if (!std::isfinite(m_f)) m_state = State::Stalled;
}

Vector Lbfgs::direction() const
{
    // The two-loop recursion: -H g with H the implicit inverse-Hessian estimate.
    Vector q = -m_gradient;
    const size_t m = m_s.size();
    std::vector<double> alpha(m);
    for (size_t i = m; i-- > 0;) {
        alpha[i] = m_rho[i] * m_s[i].dot(q);
        q.noalias() -= alpha[i] * m_y[i];
    }
    if (m > 0) q *= m_s.back().dot(m_y.back()) / m_y.back().squaredNorm();
    for (size_t i = 0; i < m; ++i) {
        const double beta = m_rho[i] * m_y[i].dot(q);
        q.noalias() += (alpha[i] - beta) * m_s[i];
    }
    return q;
}

Lbfgs::State Lbfgs::step()
{
    if (m_state != State::Running) return m_state;
    Vector d = direction();
    double slope = m_gradient.dot(d);
    if (!(slope < 0)) {
        // The curvature memory went stale; fall back to steepest descent.
        m_s.clear();
        m_y.clear();
        m_rho.clear();
        d = -m_gradient;
        slope = m_gradient.dot(d);
    }
    // Without curvature information a unit step can be wildly off; scale the first one.
    double t = m_s.empty() ? std::min(1.0, 1.0 / m_gradient.lpNorm<1>()) : 1.0;

    Vector xNew(m_x.size());
    Vector gNew(m_x.size());
    double fNew = 0;
    bool accepted = false;
    for (int trial = 0; trial < m_options.maxLineSearch; ++trial) {
        xNew = m_x + t * d;
        fNew = m_objective(xNew, gNew);
        if (std::isfinite(fNew) && fNew <= m_f + 1e-4 * t * slope) {
            accepted = true;
            break;
        }
        // Minimum of the quadratic through f(0), f'(0) and f(t), kept within [0.1t, 0.5t].
        double next = 0.5 * t;
        if (std::isfinite(fNew)) {
            const double denom = 2.0 * (fNew - m_f - slope * t);
            if (denom > 0) next = std::clamp(-slope * t * t / denom, 0.1 * t, 0.5 * t);
        }
        t = next;
    }
    if (!accepted) {
        m_state = State::Stalled;
        return m_state;
    }

    Vector s = xNew - m_x;
    Vector y = gNew - m_gradient;
    const double sy = s.dot(y);
    if (sy > 1e-12 * y.squaredNorm() && sy > 0) {
        if (static_cast<int>(m_s.size()) == m_options.memory) {
            m_s.pop_front();
            m_y.pop_front();
            m_rho.pop_front();
        }
        m_s.push_back(std::move(s));
        m_y.push_back(std::move(y));
        m_rho.push_back(1.0 / sy);
    }
    const double fOld = m_f;
    m_x = std::move(xNew);
    m_gradient = std::move(gNew);
    m_f = fNew;
    ++m_iterations;
    if (gradientNorm() <= m_options.gradientTolerance) {
        m_state = State::Converged;
    } else if (fOld - m_f <= 1e-15 * std::max({std::abs(fOld), std::abs(m_f), 1.0})) {
        // No measurable progress left at double precision: as good as it gets.
        m_state = State::Converged;
    }
    return m_state;
}

}  // namespace mlwb::core::ml
