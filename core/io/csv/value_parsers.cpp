#include "core/io/csv/value_parsers.h"

#include <fast_float/fast_float.h>

namespace mlwb::core::csv {

NaMatcher::NaMatcher(const std::vector<std::string>& tokens)
{
    for (const std::string& token : tokens) {
        // Tokens are compared after trimming, so a token with spaces could never match otherwise.
        const std::string_view t = trimSpaces(token);
        m_tokens.emplace_back(t);
        if (t.size() < 64)
            m_lengthMask |= uint64_t{1} << t.size();
        else
            m_hasLongTokens = true;
        if (!t.empty() && ((t[0] >= '0' && t[0] <= '9') || t[0] == '-' || t[0] == '+' || t[0] == '.' || t[0] == ','))
            m_hasNumberLikeToken = true;
    }
}

bool parseFloat64Slow(std::string_view s, char decimalPoint, double& out)
{
    const char* first = s.data();
    const char* const last = first + s.size();
    if (first == last) return false;  // fast_float reads *first before checking the range
    // fast_float follows std::from_chars and rejects a leading '+'; files written by hand have them.
    if (*first == '+') {
        ++first;
        if (first == last || *first == '-' || *first == '+') return false;
    }
    const auto result = fast_float::from_chars_advanced(
        first, last, out, fast_float::parse_options{fast_float::chars_format::general, decimalPoint});
    return result.ec == std::errc() && result.ptr == last;
}

bool parseBoolean(std::string_view s, bool& out)
{
    auto lowerEquals = [](std::string_view value, const char* word) {
        for (size_t i = 0; i < value.size(); ++i) {
            char c = value[i];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            if (c != word[i]) return false;
        }
        return true;
    };
    if (s.size() == 4 && lowerEquals(s, "true")) {
        out = true;
        return true;
    }
    if (s.size() == 5 && lowerEquals(s, "false")) {
        out = false;
        return true;
    }
    return false;
}

int64_t daysFromCivil(int64_t year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const int64_t era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

namespace {

// Reads exactly `count` digits at p.
bool readDigits(const char* p, const char* end, int count, int& out)
{
    if (end - p < count) return false;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const unsigned digit = static_cast<unsigned>(static_cast<unsigned char>(p[i])) - '0';
        if (digit > 9) return false;
        value = value * 10 + static_cast<int>(digit);
    }
    out = value;
    return true;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

}  // namespace

bool parseDateTime(std::string_view s, int64_t& msSinceEpoch)
{
    // The shortest form is "YYYY-MM-DD"; anything else is rejected in a few comparisons.
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
    const char* p = s.data();
    const char* const end = p + s.size();
    int year = 0, month = 0, day = 0;
    if (!readDigits(p, end, 4, year) || !readDigits(p + 5, end, 2, month) || !readDigits(p + 8, end, 2, day))
        return false;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
    p += 10;
    int hour = 0, minute = 0, second = 0, millis = 0, offsetMinutes = 0;
    if (p != end) {
        if (*p != 'T' && *p != ' ') return false;
        ++p;
        if (!readDigits(p, end, 2, hour) || end - p < 5 || p[2] != ':' || !readDigits(p + 3, end, 2, minute))
            return false;
        p += 5;
        if (p != end && *p == ':') {
            if (!readDigits(p + 1, end, 2, second)) return false;
            p += 3;
            if (p != end && (*p == '.' || *p == ',')) {
                ++p;
                int digits = 0;
                while (p != end && *p >= '0' && *p <= '9') {
                    if (digits < 3) millis = millis * 10 + (*p - '0');
                    ++digits;
                    ++p;
                }
                if (digits == 0) return false;
                for (int i = digits; i < 3; ++i) millis *= 10;
            }
        }
        if (hour > 23 || minute > 59 || second > 60) return false;
        if (p != end) {
            if (*p == 'Z' && p + 1 == end) {
                ++p;
            } else if (*p == '+' || *p == '-') {
                const int sign = *p == '-' ? -1 : 1;
                ++p;
                int offH = 0, offM = 0;
                if (!readDigits(p, end, 2, offH)) return false;
                p += 2;
                if (p != end && *p == ':') ++p;
                if (p != end) {
                    if (!readDigits(p, end, 2, offM)) return false;
                    p += 2;
                }
                if (p != end || offH > 23 || offM > 59) return false;
                offsetMinutes = sign * (offH * 60 + offM);
            } else {
                return false;
            }
        }
    }
    const int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + second - int64_t{offsetMinutes} * 60;
    msSinceEpoch = seconds * 1000 + millis;
    return true;
}

}  // namespace mlwb::core::csv
