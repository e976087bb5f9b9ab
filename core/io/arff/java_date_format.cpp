#include "core/io/arff/java_date_format.h"

#include "core/base/text.h"

#include <array>
#include <chrono>
#include <cstring>

namespace mlwb::core {

namespace {

constexpr std::array<const char*, 12> monthNames = {"january",   "february", "march",    "april",
                                                    "may",       "june",     "july",     "august",
                                                    "september", "october",  "november", "december"};
constexpr std::array<const char*, 7> dayNames = {"monday", "tuesday",  "wednesday", "thursday",
                                                 "friday", "saturday", "sunday"};

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Matches a full English name or its three-letter abbreviation, case-insensitively, as
// SimpleDateFormat does in the English locale. Returns the index, or -1.
template <size_t N>
int matchName(std::string_view text, size_t& pos, const std::array<const char*, N>& names)
{
    for (size_t i = 0; i < N; ++i) {
        const std::string_view full = names[i];
        if (text.size() - pos >= full.size() && equalsIgnoreCase(text.substr(pos, full.size()), full)) {
            pos += full.size();
            return static_cast<int>(i);
        }
    }
    for (size_t i = 0; i < N; ++i) {
        const std::string_view shortName = std::string_view(names[i]).substr(0, 3);
        if (text.size() - pos >= 3 && equalsIgnoreCase(text.substr(pos, 3), shortName)) {
            pos += 3;
            return static_cast<int>(i);
        }
    }
    return -1;
}

// Reads digits: exactly `exact` of them when exact > 0 (adjacent numeric fields such as
// "yyyyMMdd" have no separator to stop at), else 1 to 9 greedily.
bool readNumber(std::string_view text, size_t& pos, int exact, int& value, int& digits)
{
    const size_t start = pos;
    const size_t limit = exact > 0 ? static_cast<size_t>(exact) : 9;
    value = 0;
    while (pos < text.size() && pos - start < limit && isDigit(text[pos])) {
        value = value * 10 + (text[pos] - '0');
        ++pos;
    }
    digits = static_cast<int>(pos - start);
    if (exact > 0) return digits == exact;
    return digits > 0;
}

// "+hh:mm", "+hhmm" or "+hh"; sets the offset in minutes east of UTC.
bool readOffset(std::string_view text, size_t& pos, int& offsetMinutes)
{
    if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-')) return false;
    const int sign = text[pos] == '-' ? -1 : 1;
    ++pos;
    int hours = 0;
    int digits = 0;
    if (!readNumber(text, pos, 2, hours, digits)) return false;
    int minutes = 0;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        if (!readNumber(text, pos, 2, minutes, digits)) return false;
    } else if (pos + 1 < text.size() && isDigit(text[pos]) && isDigit(text[pos + 1])) {
        readNumber(text, pos, 2, minutes, digits);
    }
    if (hours > 23 || minutes > 59) return false;
    offsetMinutes = sign * (hours * 60 + minutes);
    return true;
}

}  // namespace

bool JavaDateFormat::isNumericField(const Field& field)
{
    switch (field.letter) {
    case 'y':
    case 'd':
    case 'H':
    case 'k':
    case 'K':
    case 'h':
    case 'm':
    case 's':
    case 'S':
    case 'u': return true;
    case 'M':
    case 'L': return field.count <= 2;
    default: return false;
    }
}

Result<JavaDateFormat> JavaDateFormat::compile(std::string_view pattern)
{
    JavaDateFormat format;
    format.m_pattern = std::string(pattern);
    auto addLiteral = [&](std::string_view text) {
        if (format.m_fields.empty() || format.m_fields.back().letter != 0) format.m_fields.push_back({});
        format.m_fields.back().literal.append(text);
    };
    size_t i = 0;
    while (i < pattern.size()) {
        const char c = pattern[i];
        if (c == '\'') {
            // '' is a quote character; 'text' is literal text (where '' again means a quote).
            if (i + 1 < pattern.size() && pattern[i + 1] == '\'') {
                addLiteral("'");
                i += 2;
                continue;
            }
            ++i;
            std::string literal;
            bool closed = false;
            while (i < pattern.size()) {
                if (pattern[i] == '\'') {
                    if (i + 1 < pattern.size() && pattern[i + 1] == '\'') {
                        literal.push_back('\'');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                literal.push_back(pattern[i++]);
            }
            if (!closed)
                return Status::invalidArgument(
                    trf("date format {} has an unterminated quote", quoteForMessage(pattern)));
            addLiteral(literal);
            continue;
        }
        if (!isAsciiLetter(c)) {
            addLiteral(std::string_view(&pattern[i], 1));
            ++i;
            continue;
        }
        if (std::strchr("yMLdHkKhmsSaEuzZX", c) == nullptr)
            return Status::invalidArgument(trf("date format {} uses the pattern letter '{}', which is not supported",
                                               quoteForMessage(pattern), c));
        int count = 0;
        while (i < pattern.size() && pattern[i] == c) {
            ++count;
            ++i;
        }
        format.m_fields.push_back({c, count, {}});
    }
    return format;
}

std::optional<int64_t> JavaDateFormat::parse(std::string_view text) const
{
    int year = 1970;
    int month = 1;
    int day = 1;
    int hour = 0;
    int hour12 = -1;  // from h or K, combined with a (AM/PM) at the end
    bool pm = false;
    int minute = 0;
    int second = 0;
    int millis = 0;
    int offsetMinutes = 0;

    size_t pos = 0;
    for (size_t f = 0; f < m_fields.size(); ++f) {
        const Field& field = m_fields[f];
        if (field.letter == 0) {
            if (text.substr(pos, field.literal.size()) != field.literal) return std::nullopt;
            pos += field.literal.size();
            continue;
        }
        if (isNumericField(field)) {
            const bool adjacent = f + 1 < m_fields.size() && isNumericField(m_fields[f + 1]);
            int value = 0;
            int digits = 0;
            if (!readNumber(text, pos, adjacent ? field.count : 0, value, digits)) return std::nullopt;
            switch (field.letter) {
            case 'y':
                year = value;
                if (field.count <= 2 && digits == 2) {
                    // Java's window: the century that puts the year within [now - 80, now + 20).
                    const auto today = std::chrono::year_month_day{
                        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
                    const int now = static_cast<int>(today.year());
                    const int start = now - 80;
                    year = (start / 100) * 100 + value;
                    if (year < start) year += 100;
                }
                break;
            case 'M':
            case 'L':
                if (value < 1 || value > 12) return std::nullopt;
                month = value;
                break;
            case 'd': day = value; break;
            case 'H':
                if (value > 23) return std::nullopt;
                hour = value;
                break;
            case 'k':
                if (value < 1 || value > 24) return std::nullopt;
                hour = value % 24;
                break;
            case 'K':
                if (value > 11) return std::nullopt;
                hour12 = value;
                break;
            case 'h':
                if (value < 1 || value > 12) return std::nullopt;
                hour12 = value % 12;
                break;
            case 'm':
                if (value > 59) return std::nullopt;
                minute = value;
                break;
            case 's':
                if (value > 59) return std::nullopt;
                second = value;
                break;
            case 'S':
                // Java's S is a count of milliseconds, not a decimal fraction: ".5" is 5 ms.
                if (value > 999) return std::nullopt;
                millis = value;
                break;
            case 'u':
                if (value < 1 || value > 7) return std::nullopt;
                break;
            default: break;
            }
            continue;
        }
        switch (field.letter) {
        case 'M':
        case 'L': {
            const int index = matchName(text, pos, monthNames);
            if (index < 0) return std::nullopt;
            month = index + 1;
            break;
        }
        case 'E':
            if (matchName(text, pos, dayNames) < 0) return std::nullopt;
            break;
        case 'a':
            if (text.size() - pos >= 2 && equalsIgnoreCase(text.substr(pos, 2), "am")) {
                pm = false;
            } else if (text.size() - pos >= 2 && equalsIgnoreCase(text.substr(pos, 2), "pm")) {
                pm = true;
            } else {
                return std::nullopt;
            }
            pos += 2;
            break;
        case 'X':
        case 'Z':
        case 'z':
            if (pos < text.size() && text[pos] == 'Z') {
                ++pos;
                offsetMinutes = 0;
                break;
            }
            if (text.size() - pos >= 3 &&
                (equalsIgnoreCase(text.substr(pos, 3), "UTC") || equalsIgnoreCase(text.substr(pos, 3), "GMT"))) {
                pos += 3;
                offsetMinutes = 0;
                if (pos < text.size() && (text[pos] == '+' || text[pos] == '-') &&
                    !readOffset(text, pos, offsetMinutes))
                    return std::nullopt;
                break;
            }
            if (!readOffset(text, pos, offsetMinutes)) return std::nullopt;
            break;
        default: return std::nullopt;
        }
    }
    if (pos != text.size()) return std::nullopt;

    if (hour12 >= 0) hour = hour12 + (pm ? 12 : 0);  // like Java, "a" only affects h and K

    using namespace std::chrono;
    const year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                              std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok()) return std::nullopt;  // Feb 30, day 0, ...
    const int64_t days = sys_days{date}.time_since_epoch().count();
    const int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + second - int64_t{offsetMinutes} * 60;
    return seconds * 1000 + millis;
}

}  // namespace mlwb::core
