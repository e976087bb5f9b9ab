#include "core/io/csv/tokenizer.h"

namespace mlwb::core::csv {

std::string_view unescapeField(const Field& field, char quote, std::string& scratch)
{
    scratch.clear();
    const char* p = field.begin + 1;
    const char* const end = field.end;
    // Inside the quotes: "" stands for one quote; the first lone quote closes the field.
    while (p < end) {
        if (*p == quote) {
            if (p + 1 < end && p[1] == quote) {
                scratch.push_back(quote);
                p += 2;
                continue;
            }
            ++p;
            break;
        }
        scratch.push_back(*p++);
    }
    // Text after the closing quote ("ab"cd) is kept as written, as pandas does.
    scratch.append(p, static_cast<size_t>(end - p));
    return scratch;
}

}  // namespace mlwb::core::csv
