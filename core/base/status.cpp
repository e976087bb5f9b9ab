#include "core/base/status.h"

#include "core/base/text.h"

namespace mlwb::core {

Status Status::cancelled()
{
    return {ErrorCode::Cancelled, tr("Cancelled by the user.")};
}

Status Status::withContext(const std::string& where) const
{
    if (isOk() || where.empty()) return *this;
    return {m_code, where + ": " + m_message};
}

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok: return "ok";
    case ErrorCode::InvalidArgument: return "invalid argument";
    case ErrorCode::IoError: return "i/o error";
    case ErrorCode::ParseError: return "parse error";
    case ErrorCode::Unsupported: return "unsupported";
    case ErrorCode::ResourceExhausted: return "not enough memory";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Internal: return "internal error";
    }
    return "error";
}

std::string Status::toString() const
{
    if (isOk()) return "ok";
    return std::string(errorCodeName(m_code)) + ": " + m_message;
}

}  // namespace mlwb::core
