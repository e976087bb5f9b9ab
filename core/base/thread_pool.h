// ThreadPool: the one compute pool of the workbench, sized to the hardware, with a
// parallelFor in which the calling thread works too (so nested calls never deadlock).
// Used by readers, statistics and model training; results must not depend on its size.
// Idle workers and a caller waiting for its batch spin for a few tens of microseconds
// before sleeping: tree growth issues thousands of short parallel loops, and a futex wake
// per loop would cost more than the loop itself.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace mlwb::core {

class ThreadPool {
public:
    // threadCount counts the caller too: a pool of 1 runs everything on the calling thread.
    explicit ThreadPool(unsigned threadCount);
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    // The shared pool: std::thread::hardware_concurrency(), or MLWB_THREADS when set.
    static ThreadPool& global();

    unsigned threadCount() const { return m_threadCount; }

    // Runs task(i) for every i in [0, count) and returns when all are done. The first
    // exception thrown by a task is rethrown here after the others finish.
    void parallelFor(size_t count, const std::function<void(size_t)>& task);

private:
    void workerLoop();

    unsigned m_threadCount;
    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_queue;
    std::atomic<size_t> m_queued{0};  // m_queue's size, readable without the lock
    int m_sleepers = 0;               // workers waiting on m_wake (guarded by m_mutex)
    std::atomic<bool> m_stopping{false};
};

// Splits [0, total) into chunks of about `grain` items; the split depends only on total and
// grain (never on the thread count) so that per-chunk results combine deterministically.
struct ChunkRange {
    size_t begin;
    size_t end;
};
std::vector<ChunkRange> splitIntoChunks(size_t total, size_t grain);

}  // namespace mlwb::core
