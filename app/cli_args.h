// Command-line arguments of mlwb-cli: a subcommand, positional arguments, and --options
// (with or without a value), checked against what each subcommand accepts.
#pragma once

#include "core/io/import_types.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace mlwb::cli {

struct CliArgs {
    std::string command;
    std::vector<std::string> positionals;
    std::map<std::string, std::string> values;                 // --name VALUE or --name=VALUE (the last one given)
    std::map<std::string, std::vector<std::string>> repeated;  // every value of each option, in order
    std::set<std::string> flags;                               // --name

    bool has(const std::string& name) const { return flags.count(name) || values.count(name); }
    std::vector<std::string> all(const std::string& name) const
    {
        auto it = repeated.find(name);
        return it == repeated.end() ? std::vector<std::string>{} : it->second;
    }
    std::string value(const std::string& name, const std::string& fallback = {}) const
    {
        auto it = values.find(name);
        return it == values.end() ? fallback : it->second;
    }
};

struct OptionSpec {
    std::set<std::string> flags;      // options without a value
    std::set<std::string> withValue;  // options that take a value
};

// Parses argv[first..]; returns an error message (empty when fine).
std::string parseArgs(int argc, char** argv, int first, const OptionSpec& spec, CliArgs& out);

// The import options every data-reading command (inspect, convert, train, tune) shares:
// --delimiter, --encoding, --na, --lenient, --header/--no-header, --table, --query.
OptionSpec importOptionSpec();

// importOptionSpec() with a command's own options added.
OptionSpec withImportOptions(OptionSpec own);

// Turns those options into ImportOptions; returns an error message or "".
std::string importOptionsFrom(const CliArgs& args, core::ImportOptions& options);

}  // namespace mlwb::cli
