#include "cli_args.h"

#include "core/base/text.h"

namespace mlwb::cli {

std::string parseArgs(int argc, char** argv, int first, const OptionSpec& spec, CliArgs& out)
{
    for (int i = first; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg.size() < 3 || arg.rfind("--", 0) != 0) {
            out.positionals.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::string value;
        bool hasInlineValue = false;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            hasInlineValue = true;
        }
        if (spec.flags.count(name)) {
            if (hasInlineValue) return "option --" + name + " takes no value";
            out.flags.insert(name);
        } else if (spec.withValue.count(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= argc) return "option --" + name + " needs a value";
                value = argv[++i];
            }
            out.values[name] = value;
            out.repeated[name].push_back(value);
        } else {
            return "unknown option --" + name;
        }
    }
    return {};
}

// The import options every data-reading command shares.
OptionSpec importOptionSpec()
{
    return {{"lenient", "no-header", "header"}, {"delimiter", "encoding", "na", "table", "query"}};
}

OptionSpec withImportOptions(OptionSpec own)
{
    OptionSpec spec = importOptionSpec();
    spec.flags.merge(own.flags);
    spec.withValue.merge(own.withValue);
    return spec;
}

// Turns --delimiter/--encoding/... into ImportOptions; returns an error message or "".
std::string importOptionsFrom(const CliArgs& args, core::ImportOptions& options)
{
    if (args.has("delimiter")) {
        const std::string d = args.value("delimiter");
        if (d == "tab" || d == "\\t" || d == "\t")
            options.delimiter = '\t';
        else if (d.size() == 1 && d[0] != '"' && d[0] != '\n' && d[0] != '\r')
            options.delimiter = d[0];
        else
            return "--delimiter must be one character (or 'tab'), got '" + d + "'";
    }
    if (args.has("encoding")) {
        const std::string e = core::toLower(args.value("encoding"));
        if (e == "utf-8" || e == "utf8")
            options.encoding = "utf-8";
        else if (e == "latin-1" || e == "latin1" || e == "iso-8859-1")
            options.encoding = "latin-1";
        else if (e == "windows-1252" || e == "cp1252")
            options.encoding = "windows-1252";
        else
            return "--encoding must be utf-8, latin-1 or windows-1252, got '" + args.value("encoding") + "'";
    }
    if (args.has("na")) options.naTokens = core::splitString(args.value("na"), ',');
    if (args.flags.count("no-header") && args.flags.count("header")) return "give --header or --no-header, not both";
    if (args.flags.count("no-header")) options.hasHeader = false;
    if (args.flags.count("header")) options.hasHeader = true;
    options.lenient = args.flags.count("lenient") > 0;
    options.sqliteTable = args.value("table");
    options.sqliteQuery = args.value("query");
    return {};
}

}  // namespace mlwb::cli
