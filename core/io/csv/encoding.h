// Text encoding detection and transcoding to UTF-8 for delimited files: UTF-8 with or
// without BOM, UTF-16 with BOM, else Windows-1252/Latin-1. Used by the CSV reader.
#pragma once

#include "core/base/status.h"

#include <string>
#include <string_view>
#include <vector>

namespace mlwb::core::csv {

// UTF-8 text ready for parsing. Views the input when it should already be UTF-8 (no copy of
// a 200 MB file); otherwise holds the transcoded copy.
class DecodedText {
public:
    std::string_view text() const { return m_transcoded ? std::string_view(m_owned) : m_view; }
    bool isTranscoded() const { return m_transcoded; }
    // The view still has to be checked for UTF-8 (done during the reader's parallel scan,
    // which reads every byte anyway); on failure call fallBackFromInvalidUtf8().
    bool needsUtf8Check() const { return m_needsCheck; }
    const std::string& encoding() const { return m_encoding; }
    const std::vector<std::string>& warnings() const { return m_warnings; }

    // The text was not UTF-8 after all: detection falls back to Windows-1252 (with a warning
    // naming the line), a forced "utf-8" replaces the bad bytes with U+FFFD.
    void fallBackFromInvalidUtf8(size_t firstInvalid, const std::string& sourceName);

private:
    friend Result<DecodedText> decodeText(std::string_view, const std::string&, const std::string&);
    std::string_view m_view;
    std::string m_owned;
    bool m_transcoded = false;
    bool m_needsCheck = false;
    bool m_forcedUtf8 = false;
    std::string m_encoding;
    std::vector<std::string> m_warnings;
};

// requestedEncoding: "" detects; "utf-8", "latin-1" (ISO-8859-1) or "windows-1252" force one.
// Strips a BOM and transcodes UTF-16 (with BOM), Latin-1 and Windows-1252. Fails with
// ParseError when the bytes look binary (NUL bytes in the first KB) and with InvalidArgument
// for an unknown encoding name.
Result<DecodedText> decodeText(std::string_view bytes, const std::string& requestedEncoding,
                               const std::string& sourceName);

// Offset of the first byte in [from, end) that does not start a well-formed UTF-8 sequence
// (overlong forms and surrogates included), or npos; the last sequence may run past end.
size_t findInvalidUtf8InRange(std::string_view text, size_t from, size_t end);

}  // namespace mlwb::core::csv
