#include "core/base/job_context.h"

#include <algorithm>

namespace mlwb::core {

JobContext::JobContext() : m_cancelled(std::make_shared<std::atomic<bool>>(false)), m_state(std::make_shared<State>())
{}

void JobContext::requestCancel() noexcept
{
    m_cancelled->store(true, std::memory_order_relaxed);
}

bool JobContext::isCancelled() const noexcept
{
    return m_cancelled->load(std::memory_order_relaxed);
}

void JobContext::setProgress(double fraction)
{
    const double overall = m_begin + (m_end - m_begin) * std::clamp(fraction, 0.0, 1.0);
    ProgressObserver observer;
    std::string message;
    {
        std::lock_guard lock(m_state->mutex);
        m_state->fraction.store(overall, std::memory_order_relaxed);
        observer = m_state->observer;
        message = m_state->message;
    }
    if (observer) observer(overall, message);
}

void JobContext::setProgress(double fraction, const std::string& message)
{
    // The message and fraction are stored together and the observer hears this call's own
    // message: re-reading it after unlocking could hand over another thread's (trees that
    // finish together report at once).
    const double overall = m_begin + (m_end - m_begin) * std::clamp(fraction, 0.0, 1.0);
    ProgressObserver observer;
    {
        std::lock_guard lock(m_state->mutex);
        m_state->fraction.store(overall, std::memory_order_relaxed);
        m_state->message = message;
        observer = m_state->observer;
    }
    if (observer) observer(overall, message);
}

double JobContext::progress() const
{
    return m_state->fraction.load(std::memory_order_relaxed);
}

std::string JobContext::message() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->message;
}

void JobContext::setObserver(ProgressObserver observer)
{
    std::lock_guard lock(m_state->mutex);
    m_state->observer = std::move(observer);
}

JobContext JobContext::subRange(double begin, double end) const
{
    JobContext child = *this;
    const double span = m_end - m_begin;
    child.m_begin = m_begin + span * std::clamp(begin, 0.0, 1.0);
    child.m_end = m_begin + span * std::clamp(end, 0.0, 1.0);
    return child;
}

JobContext JobContext::withOwnProgress() const
{
    JobContext child;
    child.m_cancelled = m_cancelled;
    return child;
}

Status JobContext::checkCancelled() const
{
    return isCancelled() ? Status::cancelled() : Status::ok();
}

}  // namespace mlwb::core
