// Status and Result<T>: the one error type of the workbench, carrying what went wrong and where.
// Every core function that can fail on user data returns one; the GUI and mlwb-cli show message().
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace mlwb::core {

enum class ErrorCode {
    Ok,
    InvalidArgument,    // a parameter or option the user gave is wrong
    IoError,            // the file cannot be opened, read or written
    ParseError,         // the content of a file is malformed
    Unsupported,        // valid input the workbench cannot handle (yet)
    ResourceExhausted,  // the input does not fit in the memory at hand (refused before allocating)
    Cancelled,          // the user cancelled the job
    Internal,           // a bug: an exception caught at a job boundary
};

class [[nodiscard]] Status {
public:
    Status() = default;
    Status(ErrorCode code, std::string message) : m_code(code), m_message(std::move(message)) {}

    static Status ok() { return {}; }
    static Status invalidArgument(std::string message) { return {ErrorCode::InvalidArgument, std::move(message)}; }
    static Status ioError(std::string message) { return {ErrorCode::IoError, std::move(message)}; }
    static Status parseError(std::string message) { return {ErrorCode::ParseError, std::move(message)}; }
    static Status unsupported(std::string message) { return {ErrorCode::Unsupported, std::move(message)}; }
    static Status resourceExhausted(std::string message) { return {ErrorCode::ResourceExhausted, std::move(message)}; }
    static Status cancelled();
    static Status internal(std::string message) { return {ErrorCode::Internal, std::move(message)}; }

    bool isOk() const { return m_code == ErrorCode::Ok; }
    bool isCancelled() const { return m_code == ErrorCode::Cancelled; }
    ErrorCode code() const { return m_code; }
    const std::string& message() const { return m_message; }

    // A copy whose message is prefixed with where the error happened, e.g. a file name.
    Status withContext(const std::string& where) const;

    // "parse error: data.csv, line 12: ..." for logs and the CLI.
    std::string toString() const;

private:
    ErrorCode m_code = ErrorCode::Ok;
    std::string m_message;
};

const char* errorCodeName(ErrorCode code);

// Either a value or a non-ok Status. Accessing value() of an error is a bug (asserted).
template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<1>, std::move(value)) {}
    Result(Status status) : m_data(std::in_place_index<0>, std::move(status))
    {
        assert(!std::get<0>(m_data).isOk() && "Result built from an ok Status");
    }

    bool isOk() const { return m_data.index() == 1; }
    const Status& status() const
    {
        static const Status okStatus;
        return isOk() ? okStatus : std::get<0>(m_data);
    }

    const T& value() const&
    {
        assert(isOk());
        return std::get<1>(m_data);
    }
    T& value() &
    {
        assert(isOk());
        return std::get<1>(m_data);
    }
    T&& value() &&
    {
        assert(isOk());
        return std::get<1>(std::move(m_data));
    }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<Status, T> m_data;
};

}  // namespace mlwb::core

// Returns early from the enclosing function when a Status-returning expression fails.
#define MLWB_RETURN_IF_ERROR(expr)                   \
    do {                                             \
        ::mlwb::core::Status mlwbStatus_ = (expr);   \
        if (!mlwbStatus_.isOk()) return mlwbStatus_; \
    } while (0)
