// libFuzzer target: the HTTP API's request bodies, end to end without
// sockets. Any bytes as a summarize, timeline or extract body must give 200
// (a JSON summary, timeline or documents), 400 or 422 with {"error": one
// line}, and never crash or hang.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

#include "serve/handlers.h"

namespace {

void Check(const precis::serve::Reply& reply) {
  if (reply.status != 200 && reply.status != 400 && reply.status != 422) __builtin_trap();
  nlohmann::json body = nlohmann::json::parse(reply.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) __builtin_trap();
  if (reply.status != 200) {
    if (!body.contains("error") || !body["error"].is_string()) __builtin_trap();
    if (body["error"].get<std::string>().find('\n') != std::string::npos) __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static precis::serve::SummarizerCache cache;
  std::string_view body(reinterpret_cast<const char*>(data), size);
  // A short solver limit: the fuzzer looks for crashes, not for ilp's best.
  Check(precis::serve::HandleSummarize(body, cache, 0.05));
  Check(precis::serve::HandleTimeline(body));
  Check(precis::serve::HandleExtract(body));
  return 0;
}
