// CsvDialect: how one delimited file is written (delimiter, quote, line ending, header,
// decimal separator). Produced by the dialect sniffer, consumed by the tokenizer, chunker and parser.
#pragma once

namespace mlwb::core::csv {

struct CsvDialect {
    char delimiter = ',';
    char quote = '"';
    // '\n' covers LF and CRLF files (a CR before the LF is dropped); '\r' is for old Mac files.
    char newline = '\n';
    bool hasHeader = true;
    bool decimalComma = false;  // "3,14" means 3.14 (only ever with ';' or tab delimiters)

    char decimalPoint() const { return decimalComma ? ',' : '.'; }
};

}  // namespace mlwb::core::csv
