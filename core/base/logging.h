// Logging set-up: spdlog to a rotating file in the user's data directory, to stderr for
// the CLI, and to any number of listeners (the GUI's log dock is one).
#pragma once

#include <functional>
#include <string>

namespace mlwb::core {

enum class LogLevel { Debug, Info, Warning, Error };

// Default folder for the log file: the platform's application data location.
std::string defaultLogDirectory();

// Installs the default logger. Safe to call more than once; later calls replace the sinks.
// An empty directory means no log file (tests); echoToStderr is for the CLI's --verbose.
void initLogging(const std::string& directory, bool echoToStderr);

// A listener gets every formatted log line, from any thread.
using LogListener = std::function<void(LogLevel level, const std::string& line)>;
int addLogListener(LogListener listener);
void removeLogListener(int id);

// Path of the current log file, empty when logging to file is off.
std::string logFilePath();

}  // namespace mlwb::core
