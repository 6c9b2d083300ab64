// Fuzzes ParseBytes with format detection (InputFormat::kAuto).
#include "read_fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  precis::fuzz::CheckParse(data, size, precis::InputFormat::kAuto);
  return 0;
}
