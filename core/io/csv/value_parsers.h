// Parsers for single field values of delimited text: NA tokens, int64, float64 (fast_float),
// booleans and ISO-8601 datetimes. Used by the CSV chunk parser, type inference and the sniffer.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace mlwb::core::csv {

inline bool isSpaceByte(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// Inline (unlike core/base trimmed()) because it runs once per field on the hot path.
inline std::string_view trimSpaces(std::string_view s)
{
    size_t begin = 0;
    size_t end = s.size();
    while (begin < end && isSpaceByte(s[begin])) ++begin;
    while (end > begin && isSpaceByte(s[end - 1])) --end;
    return s.substr(begin, end - begin);
}

// Matches already-trimmed values against the NA tokens. A bit mask of token lengths rejects
// almost every real value (e.g. "0.318" when tokens are at most 4 bytes) without comparing.
class NaMatcher {
public:
    explicit NaMatcher(const std::vector<std::string>& tokens);

    bool matches(std::string_view trimmedValue) const
    {
        const size_t n = trimmedValue.size();
        if (n < 64) {
            if (!((m_lengthMask >> n) & 1u)) return false;
        } else if (!m_hasLongTokens) {
            return false;
        }
        for (const std::string& token : m_tokens) {
            if (token.size() == n && (n == 0 || token.compare(0, n, trimmedValue.data(), n) == 0)) return true;
        }
        return false;
    }
    bool matchesEmpty() const { return m_lengthMask & 1u; }
    // A token such as "-999" or "0" that a number parser would take for a number.
    bool hasNumberLikeToken() const { return m_hasNumberLikeToken; }

private:
    std::vector<std::string> m_tokens;
    uint64_t m_lengthMask = 0;
    bool m_hasLongTokens = false;
    bool m_hasNumberLikeToken = false;
};

enum class IntParse { Ok, NotInteger, Overflow };

// Optional sign and decimal digits only. Overflow means "an integer, but not an int64", which
// the caller reads as a double instead.
inline IntParse parseInt64(std::string_view s, int64_t& out)
{
    const char* p = s.data();
    const char* const end = p + s.size();
    bool negative = false;
    if (p != end && (*p == '-' || *p == '+')) {
        negative = *p == '-';
        ++p;
    }
    if (p == end) return IntParse::NotInteger;
    uint64_t value = 0;
    bool overflow = false;
    for (; p != end; ++p) {
        const unsigned digit = static_cast<unsigned>(static_cast<unsigned char>(*p)) - '0';
        if (digit > 9) return IntParse::NotInteger;
        if (value > (UINT64_MAX - digit) / 10)
            overflow = true;  // keep scanning: "1e99999..." is not an integer
        else
            value = value * 10 + digit;
    }
    if (overflow) return IntParse::Overflow;
    if (negative) {
        if (value > uint64_t{1} << 63) return IntParse::Overflow;
        out = value == (uint64_t{1} << 63) ? INT64_MIN : -static_cast<int64_t>(value);
    } else {
        if (value > static_cast<uint64_t>(INT64_MAX)) return IntParse::Overflow;
        out = static_cast<int64_t>(value);
    }
    return IntParse::Ok;
}

// Eight digit values (0-9, most significant first in memory) to their number, in a few
// multiplies instead of a serial multiply-add per digit.
inline uint64_t eightDigitsValue(uint64_t digits)
{
    constexpr uint64_t mask = 0x000000FF000000FFull;
    constexpr uint64_t mul1 = 0x000F424000000064ull;  // 100 + (1000000 << 32)
    constexpr uint64_t mul2 = 0x0000271000000001ull;  // 1 + (10000 << 32)
    digits = digits * 10 + (digits >> 8);
    return (((digits & mask) * mul1) + (((digits >> 16) & mask) * mul2)) >> 32;
}

// Reads the run of decimal digits at p into mantissa (mantissa * 10^n + digits), adding the
// run length to count. The mantissa wraps past 19 digits; callers check count.
inline const char* readDigitRun(const char* p, const char* end, uint64_t& mantissa, size_t& count)
{
    static constexpr uint64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    if constexpr (std::endian::native == std::endian::little) {
        while (end - p >= 8) {
            uint64_t word;
            std::memcpy(&word, p, 8);
            const uint64_t x = word - 0x3030303030303030ull;
            // High bit set in the first byte that is not '0'..'9' (and maybe in later ones).
            const uint64_t nonDigit = (x | (x + 0x7676767676767676ull)) & 0x8080808080808080ull;
            const unsigned n = nonDigit ? static_cast<unsigned>(std::countr_zero(nonDigit)) >> 3 : 8;
            if (n == 0) return p;
            mantissa = mantissa * kPow10[n] + eightDigitsValue(x << (8 * (8 - n)));
            count += n;
            p += n;
            if (n < 8) return p;
        }
    }
    while (p < end && static_cast<unsigned>(*p - '0') <= 9) {
        mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
        ++p;
        ++count;
    }
    return p;
}

// Clinger's fast path: when [p, ...) starts with a plain decimal ("-12.5", ".5", "3.") of at
// most 19 significant digits whose mantissa is exact in a double, converts it with one
// correctly rounded division and returns the end of the number; else nullptr. The caller
// checks what follows. Results equal fast_float's, which takes the same path first.
inline const char* parseDecimalPrefix(const char* p, const char* end, char decimalPoint, double& out)
{
    static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (p == end) return nullptr;
    // Signs are random in real data: no branch on them (a mispredicted branch per value costs
    // more than the whole conversion).
    const bool negative = *p == '-';
    p += negative;
    uint64_t mantissa = 0;
    size_t digits = 0;
    p = readDigitRun(p, end, mantissa, digits);
    size_t fractionDigits = 0;
    if (p < end && *p == decimalPoint) {
        p = readDigitRun(p + 1, end, mantissa, fractionDigits);
        digits += fractionDigits;
    }
    if (digits == 0 || digits > 19 || mantissa > (uint64_t{1} << 53) || fractionDigits > 22) return nullptr;
    // Negating the exact mantissa first gives the same correctly rounded quotient, and keeps
    // the result in a floating-point register all the way to its store.
    const double signedMantissa =
        std::bit_cast<double>(std::bit_cast<uint64_t>(static_cast<double>(mantissa)) | (uint64_t{negative} << 63));
    out = signedMantissa / kPow10[fractionDigits];
    return p;
}

// An optional '-' and up to 18 digits (so never overflows); longer integers, '+' and
// anything else give nullptr. The caller checks what follows.
inline const char* parseIntegerPrefix(const char* p, const char* end, int64_t& out)
{
    if (p == end) return nullptr;
    const bool negative = *p == '-';
    p += negative;
    uint64_t value = 0;
    size_t digits = 0;
    p = readDigitRun(p, end, value, digits);
    if (digits == 0 || digits > 18) return nullptr;
    const auto magnitude = static_cast<int64_t>(value);
    const int64_t sign = -static_cast<int64_t>(negative);  // 0 or -1
    out = (magnitude ^ sign) - sign;
    return p;
}

// fast_float for everything parseDecimalPrefix does not take.
bool parseFloat64Slow(std::string_view s, char decimalPoint, double& out);

// The whole (trimmed) value must be a number: "1.5", "-2e3", "+.5", "inf". NaN is reported
// as parsed; callers store it as missing.
inline bool parseFloat64(std::string_view s, char decimalPoint, double& out)
{
    const char* const begin = s.data();
    const char* const end = begin + s.size();
    if (begin == end) return false;
    if (parseDecimalPrefix(begin, end, decimalPoint, out) == end) return true;
    return parseFloat64Slow(s, decimalPoint, out);  // exponents, '+', inf/nan, long mantissas, junk
}

// true/false in any letter case.
bool parseBoolean(std::string_view s, bool& out);

// ISO-8601: "2024-03-01", "2024-03-01T12:30", "2024-03-01 12:30:05", "...:05.250", with an
// optional "Z" or "+02:00"/"-0500" offset. Result: milliseconds since 1970-01-01T00:00:00Z.
bool parseDateTime(std::string_view s, int64_t& msSinceEpoch);

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
int64_t daysFromCivil(int64_t year, unsigned month, unsigned day);

}  // namespace mlwb::core::csv
