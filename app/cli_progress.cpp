#include "cli_progress.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/ioctl.h>
#include <unistd.h>

namespace mlwb::cli {

namespace {

// At most this many redraws a second: enough to look alive, cheap on a slow terminal link.
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);
constexpr int kMinBar = 10;
constexpr int kMaxBar = 40;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

size_t codePoints(std::string_view text)
{
    return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) { return !isContinuationByte(c); }));
}

// The first `count` code points of text (never half a character).
std::string_view firstCodePoints(std::string_view text, size_t count)
{
    size_t seen = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (isContinuationByte(text[i])) continue;
        if (seen == count) return text.substr(0, i);
        ++seen;
    }
    return text;
}

std::string padded(std::string text, size_t columns)
{
    const size_t have = codePoints(text);
    if (have < columns) text.append(columns - have, ' ');
    return text;
}

int terminalWidth()
{
    winsize size{};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    if (const char* columns = std::getenv("COLUMNS")) {
        const int value = std::atoi(columns);
        if (value > 0) return value;
    }
    return 80;
}

void writeToStderr(const std::string& text)
{
    const char* data = text.data();
    size_t left = text.size();
    while (left > 0) {
        const ssize_t written = ::write(STDERR_FILENO, data, left);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return;  // a closed terminal: nothing more to show
        data += written;
        left -= static_cast<size_t>(written);
    }
}

bool progressWanted()
{
    if (!::isatty(STDERR_FILENO)) return false;
    const char* term = std::getenv("TERM");
    if (term && std::strcmp(term, "dumb") == 0) return false;
    // The echoed log would break the line up.
    return std::getenv("MLWB_VERBOSE") == nullptr;
}

std::mutex activeMutex;
ProgressLine* active = nullptr;

}  // namespace

std::string formatElapsed(double seconds)
{
    const long total = std::isfinite(seconds) && seconds > 0 ? static_cast<long>(seconds) : 0;
    char text[32];
    if (total >= 3600)
        std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    else
        std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
    return text;
}

std::string renderProgressLine(std::string_view stage, double fraction, double elapsedSeconds, int width)
{
    if (!(fraction >= 0.0)) fraction = 0.0;  // NaN too
    fraction = std::min(fraction, 1.0);
    const size_t columns = width > 1 ? static_cast<size_t>(width - 1) : 0;
    const int percent = static_cast<int>(std::floor(fraction * 100.0));
    char tail[48];
    std::snprintf(tail, sizeof tail, " %3d%%  %s", percent, formatElapsed(elapsedSeconds).c_str());
    const size_t tailColumns = std::strlen(tail);
    // stage + " [" + bar + "]" + tail
    const size_t fixed = 3 + tailColumns;
    if (columns < fixed + kMinBar) {
        // Too narrow for a bar: the percent and the time, as much as fits.
        std::string_view numbers = tail;
        numbers.remove_prefix(std::min(numbers.find_first_not_of(' '), numbers.size()));
        return padded(std::string(firstCodePoints(numbers, columns)), columns);
    }
    const size_t stageColumns = codePoints(stage);
    const size_t room = columns - fixed;  // for the stage and the bar, at least kMinBar
    const size_t bar = std::clamp<size_t>(room > stageColumns ? room - stageColumns : 0, kMinBar, kMaxBar);
    const size_t stageRoom = room - bar;
    std::string line;
    if (stageColumns <= stageRoom)
        line = std::string(stage);
    else if (stageRoom > 3)
        line = std::string(firstCodePoints(stage, stageRoom - 3)) + "...";
    else
        line = std::string(stageRoom, '.');
    line += line.empty() ? "[" : " [";
    const auto filled = static_cast<size_t>(std::floor(fraction * static_cast<double>(bar)));
    line.append(filled, '#');
    line.append(bar - filled, '-');
    line += ']';
    line += tail;
    return padded(std::move(line), columns);
}

ProgressLine::ProgressLine(const core::JobContext& job) : m_job(job), m_started(std::chrono::steady_clock::now())
{
    if (!progressWanted()) return;
    m_thread = std::thread([this] { run(); });
    std::lock_guard lock(activeMutex);
    active = this;
}

ProgressLine::~ProgressLine()
{
    stop();
}

void ProgressLine::stop()
{
    {
        std::lock_guard lock(activeMutex);
        if (active == this) active = nullptr;
    }
    if (!m_thread.joinable()) return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ProgressLine::run()
{
    // Nothing may escape a thread; a progress line that fails to draw is no reason to stop.
    try {
        std::string drawn;
        int drawnWidth = 0;
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, kRedrawInterval, [this] { return m_stopping; })) {
            const int width = terminalWidth();
            const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
            const std::string stage = m_job.isCancelled() ? std::string("Cancelling") : m_job.message();
            std::string line = renderProgressLine(stage, m_job.progress(), elapsed, width);
            if (line == drawn && width == drawnWidth) continue;
            writeToStderr("\r" + line);
            drawn = std::move(line);
            drawnWidth = width;
        }
        if (!drawn.empty()) writeToStderr("\r" + std::string(codePoints(drawn), ' ') + "\r");
    } catch (...) {}
}

void stopProgress()
{
    ProgressLine* line = nullptr;
    {
        std::lock_guard lock(activeMutex);
        line = active;
    }
    if (line) line->stop();
}

}  // namespace mlwb::cli
