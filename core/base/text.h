// Small text helpers shared by the core: translation of user-visible messages, formatting,
// trimming and case folding. Used by readers, the CLI and every error message.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

namespace mlwb::core {

// Translates a user-visible core message (context "mlwb::core"); English when no
// translation is installed. Pass a string literal so lupdate can find it.
std::string tr(const char* sourceText);

// Marks a literal for translation without translating it here: for texts stored now and
// shown later (parameter help), which the GUI passes through tr() when it shows them.
constexpr const char* trNoop(const char* sourceText)
{
    return sourceText;
}

// tr() then fmt::format, for messages with values: trf("line {}: {}", 3, "x").
template <class... Args>
std::string trf(const char* sourceText, Args&&... args)
{
    return fmt::format(fmt::runtime(tr(sourceText)), std::forward<Args>(args)...);
}

std::string_view trimmed(std::string_view text);
std::string toLower(std::string_view text);
bool equalsIgnoreCase(std::string_view a, std::string_view b);
std::vector<std::string> splitString(std::string_view text, char separator);

// Quotes a value for messages: "abc" shortened to maxLength characters with an ellipsis.
std::string quoteForMessage(std::string_view value, size_t maxLength = 40);

}  // namespace mlwb::core
