// libFuzzer target: any bytes given to the CSV reader give a table or an error, never a
// crash, a hang or a sanitizer report. Build with -DMLWB_FUZZ=ON and clang.
#include "core/io/csv/csv_reader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace mlwb::core;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (bool lenient : {false, true}) {
        ImportOptions options;
        options.lenient = lenient;
        JobContext job;
        auto result = readCsvBuffer(bytes, "fuzz.csv", options, job);
        if (result.isOk()) {
            const Table& table = *result->table;
            for (size_t c = 0; c < table.columnCount(); ++c)
                if (table.rowCount() > 0) (void)table.column(c).displayString(table.rowCount() - 1);
        }
    }
    return 0;
}
