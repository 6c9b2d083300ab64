// Fuzzes ParseBytes with the input format forced to text.
#include "read_fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  precis::fuzz::CheckParse(data, size, precis::InputFormat::kText);
  return 0;
}
