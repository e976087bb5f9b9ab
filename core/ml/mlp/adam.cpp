#include "core/ml/mlp/adam.h"

#include <cmath>

namespace mlwb::core::ml {

Adam::Adam(Eigen::Index size, double learningRate, double beta1, double beta2, double epsilon)
    : m_learningRate(learningRate),
      m_beta1(beta1),
      m_beta2(beta2),
      m_epsilon(epsilon),
      m_first(Vector::Zero(size)),
      m_second(Vector::Zero(size))
{}

void Adam::step(Vector& params, const Vector& grad)
{
    ++m_steps;
    const double t = static_cast<double>(m_steps);
    const double rate = m_learningRate * std::sqrt(1.0 - std::pow(m_beta2, t)) / (1.0 - std::pow(m_beta1, t));
    m_first = m_beta1 * m_first + (1.0 - m_beta1) * grad;
    m_second = m_beta2 * m_second + (1.0 - m_beta2) * grad.cwiseAbs2();
    params.array() -= rate * m_first.array() / (m_second.array().sqrt() + m_epsilon);
}

}  // namespace mlwb::core::ml
