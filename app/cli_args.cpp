#include "cli_args.h"

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

}  // namespace mlwb::cli
