#include "core/base/thread_pool.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <exception>
#include <memory>
#include <string>

namespace mlwb::core {

namespace {

unsigned defaultThreadCount()
{
    if (const char* env = std::getenv("MLWB_THREADS")) {
        const int requested = std::atoi(env);
        if (requested > 0) return static_cast<unsigned>(std::min(requested, 256));
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

// How long an idle worker, or a caller whose batch is still running, spins before it sleeps.
constexpr auto kSpin = std::chrono::microseconds(50);

void cpuRelax()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
}

// Spins until ready() holds or kSpin has passed; true when ready.
template <class Ready>
bool spinUntil(Ready ready)
{
    const auto deadline = std::chrono::steady_clock::now() + kSpin;
    while (true) {
        for (int i = 0; i < 64; ++i) {
            if (ready()) return true;
            cpuRelax();
        }
        if (std::chrono::steady_clock::now() >= deadline) return ready();
    }
}

struct Batch {
    size_t count = 0;
    const std::function<void(size_t)>* task = nullptr;
    std::atomic<size_t> next{0};
    std::atomic<size_t> finished{0};
    std::mutex mutex;
    std::condition_variable done;
    bool callerSleeps = false;  // guarded by mutex
    std::exception_ptr error;

    // Claims and runs items until none are left; returns when this thread has no more to do.
    void work()
    {
        size_t ranHere = 0;
        while (true) {
            const size_t i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= count) break;
            try {
                (*task)(i);
            } catch (...) {
                std::lock_guard lock(mutex);
                if (!error) error = std::current_exception();
            }
            ++ranHere;
        }
        if (ranHere > 0 && finished.fetch_add(ranHere, std::memory_order_acq_rel) + ranHere == count) {
            std::lock_guard lock(mutex);
            if (callerSleeps) done.notify_all();
        }
    }
};

}  // namespace

ThreadPool::ThreadPool(unsigned threadCount) : m_threadCount(std::max(1u, threadCount))
{
    for (unsigned i = 1; i < m_threadCount; ++i) m_workers.emplace_back([this] { workerLoop(); });
}

ThreadPool::~ThreadPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping.store(true);
    }
    m_wake.notify_all();
    for (auto& worker : m_workers) worker.join();
}

ThreadPool& ThreadPool::global()
{
    static ThreadPool pool(defaultThreadCount());
    return pool;
}

void ThreadPool::workerLoop()
{
    while (true) {
        spinUntil([this] { return m_queued.load(std::memory_order_acquire) > 0 || m_stopping.load(); });
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            if (!m_stopping && m_queue.empty()) {
                ++m_sleepers;
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                --m_sleepers;
            }
            if (m_stopping && m_queue.empty()) return;
            job = std::move(m_queue.front());
            m_queue.pop_front();
            m_queued.fetch_sub(1, std::memory_order_relaxed);
        }
        job();
    }
}

void ThreadPool::parallelFor(size_t count, const std::function<void(size_t)>& task)
{
    if (count == 0) return;
    if (count == 1 || m_workers.empty()) {
        for (size_t i = 0; i < count; ++i) task(i);
        return;
    }
    auto batch = std::make_shared<Batch>();
    batch->count = count;
    batch->task = &task;
    const size_t helpers = std::min<size_t>(m_workers.size(), count - 1);
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        for (size_t h = 0; h < helpers; ++h) m_queue.emplace_back([batch] { batch->work(); });
        m_queued.fetch_add(helpers, std::memory_order_release);
        wake = m_sleepers > 0;  // spinning workers see m_queued without a wake-up call
    }
    if (wake) m_wake.notify_all();
    batch->work();
    const auto allDone = [&] { return batch->finished.load(std::memory_order_acquire) == count; };
    if (!spinUntil(allDone)) {
        std::unique_lock lock(batch->mutex);
        batch->callerSleeps = true;
        batch->done.wait(lock, allDone);
    }
    if (batch->error) std::rethrow_exception(batch->error);
}

std::vector<ChunkRange> splitIntoChunks(size_t total, size_t grain)
{
    std::vector<ChunkRange> chunks;
    grain = std::max<size_t>(1, grain);
    for (size_t begin = 0; begin < total; begin += grain) chunks.push_back({begin, std::min(total, begin + grain)});
    return chunks;
}

}  // namespace mlwb::core
