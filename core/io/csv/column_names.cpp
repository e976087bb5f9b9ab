#include "core/io/csv/column_names.h"

#include "core/base/text.h"

#include <string_view>
#include <unordered_set>

namespace mlwb::core::csv {

namespace {

// "a, b, c" then ", ..." after a few: a 2,000-column file must not make a 2,000-item warning.
std::string listSome(const std::vector<std::string>& items)
{
    constexpr size_t kShown = 5;
    std::string out;
    for (size_t i = 0; i < items.size() && i < kShown; ++i) {
        if (i > 0) out += ", ";
        out += items[i];
    }
    if (items.size() > kShown) out += trf(" and {} more", items.size() - kShown);
    return out;
}

}  // namespace

std::vector<std::string> makeColumnNames(const std::vector<std::string>& raw, bool hasHeader,
                                         std::vector<std::string>& warnings)
{
    std::vector<std::string> names(raw.size());
    std::vector<std::string> unnamed;
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i].empty()) {
            names[i] = "column_" + std::to_string(i + 1);
            if (hasHeader) unnamed.push_back(std::to_string(i + 1));
        } else {
            names[i] = raw[i];
        }
    }
    if (!unnamed.empty())
        warnings.push_back(trf("Header cells without a name (columns {}) were named column_N.", listSome(unnamed)));
    makeNamesUnique(names, warnings);
    return names;
}

void makeNamesUnique(std::vector<std::string>& names, std::vector<std::string>& warnings)
{
    // Names given in the source keep priority: a generated "x_2" never takes a name it uses.
    std::unordered_set<std::string> used(names.begin(), names.end());
    std::unordered_set<std::string> seen;
    std::vector<std::string> renamed;
    for (std::string& name : names) {
        if (seen.insert(name).second) continue;
        std::string candidate;
        for (size_t n = 2;; ++n) {
            candidate = name + "_" + std::to_string(n);
            if (!used.count(candidate)) break;
        }
        renamed.push_back(trf("\"{}\" -> \"{}\"", name, candidate));
        used.insert(candidate);
        seen.insert(candidate);
        name = candidate;
    }
    if (!renamed.empty()) warnings.push_back(trf("Duplicate column names were made unique: {}.", listSome(renamed)));
}

}  // namespace mlwb::core::csv
