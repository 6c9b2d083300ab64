# Turns the table IN, lines "<16 hex digits>\t<count>" sorted by the hex key,
# into a C++ source OUT defining precis::data::NAME as a span of (key, count)
# pairs in read-only memory: a process reads the rows it looks up and parses
# nothing at start-up. (Checked against the text by the tests.)
file(READ ${IN} text)
string(REGEX REPLACE "([0-9a-f]+)\t([0-9]+)\n" "{0x\\1ULL, \\2},\n" rows "${text}")
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.
#include <cstdint>
#include <span>
#include <utility>
namespace precis::data {
static constexpr std::pair<std::uint64_t, std::uint32_t> kRows[] = {
${rows}};
extern const std::span<const std::pair<std::uint64_t, std::uint32_t>> ${NAME};
const std::span<const std::pair<std::uint64_t, std::uint32_t>> ${NAME}(kRows);
}  // namespace precis::data
")
