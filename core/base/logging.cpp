#include "core/base/logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <map>
#include <mutex>

namespace mlwb::core {

namespace {

std::mutex g_listenerMutex;
std::map<int, LogListener> g_listeners;
int g_nextListenerId = 1;
std::string g_logFilePath;

LogLevel toLogLevel(spdlog::level::level_enum level)
{
    switch (level) {
    case spdlog::level::trace:
    case spdlog::level::debug: return LogLevel::Debug;
    case spdlog::level::info: return LogLevel::Info;
    case spdlog::level::warn: return LogLevel::Warning;
    default: return LogLevel::Error;
    }
}

// Forwards each formatted line to the registered listeners.
class ListenerSink final : public spdlog::sinks::base_sink<std::mutex> {
protected:
    void sink_it_(const spdlog::details::log_msg& msg) override
    {
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        std::string line(formatted.data(), formatted.size());
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
        std::lock_guard lock(g_listenerMutex);
        for (const auto& [id, listener] : g_listeners) listener(toLogLevel(msg.level), line);
    }
    void flush_() override {}
};

}  // namespace

std::string defaultLogDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (base.isEmpty()) base = QDir::homePath() + "/.local/share/mlwb";
    return (base + "/logs").toStdString();
}

void initLogging(const std::string& directory, bool echoToStderr)
{
    std::vector<spdlog::sink_ptr> sinks;
    g_logFilePath.clear();
    if (!directory.empty() && QDir().mkpath(QString::fromStdString(directory))) {
        const std::string path = directory + "/mlwb.log";
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, 5 * 1024 * 1024, 3));
            g_logFilePath = path;
        } catch (const spdlog::spdlog_ex&) {
            // An unwritable log folder must not stop the workbench; the other sinks still work.
        }
    }
    if (echoToStderr) sinks.push_back(std::make_shared<spdlog::sinks::stderr_sink_mt>());
    auto listenerSink = std::make_shared<ListenerSink>();
    listenerSink->set_pattern("%H:%M:%S [%l] %v");
    sinks.push_back(listenerSink);

    auto logger = std::make_shared<spdlog::logger>("mlwb", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

int addLogListener(LogListener listener)
{
    std::lock_guard lock(g_listenerMutex);
    const int id = g_nextListenerId++;
    g_listeners.emplace(id, std::move(listener));
    return id;
}

void removeLogListener(int id)
{
    std::lock_guard lock(g_listenerMutex);
    g_listeners.erase(id);
}

std::string logFilePath()
{
    return g_logFilePath;
}

}  // namespace mlwb::core
