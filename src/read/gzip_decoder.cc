#include "read/gzip_decoder.h"

#include <zlib.h>

#include <algorithm>

namespace precis::read {

bool IsGzip(std::string_view bytes) { return bytes.size() >= 2 && bytes.starts_with("\x1f\x8b"); }

namespace {

// Owns a z_stream set up for gzip decoding.
class Inflater {
 public:
  Inflater() { ok_ = inflateInit2(&zs_, 16 + MAX_WBITS) == Z_OK; }
  ~Inflater() {
    if (ok_) inflateEnd(&zs_);
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
  bool ok() const { return ok_; }
  z_stream& stream() { return zs_; }

 private:
  z_stream zs_{};
  bool ok_ = false;
};

}  // namespace

Result<std::string> Gunzip(std::string_view bytes, const std::string& name, std::size_t limit) {
  Inflater inflater;
  if (!inflater.ok()) return Status::InputError(name + ": cannot initialise gzip decoder");
  z_stream& zs = inflater.stream();
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(std::min<std::size_t>(bytes.size(), 1u << 30));
  std::string out;
  out.reserve(std::min(limit, bytes.size() * 4));
  char buffer[1 << 16];
  while (true) {
    zs.next_out = reinterpret_cast<Bytef*>(buffer);
    zs.avail_out = sizeof(buffer);
    int rc = inflate(&zs, Z_NO_FLUSH);
    std::size_t produced = sizeof(buffer) - zs.avail_out;
    if (out.size() + produced > limit) {
      return Status::LimitExceeded(name + ": decompressed data larger than " +
                                   std::to_string(limit) + " bytes");
    }
    out.append(buffer, produced);
    if (rc == Z_STREAM_END) {
      // Another gzip member may follow (as `cat a.gz b.gz` makes).
      if (zs.avail_in == 0 ||
          !IsGzip(std::string_view(reinterpret_cast<const char*>(zs.next_in), zs.avail_in))) {
        break;
      }
      if (inflateReset(&zs) != Z_OK) return Status::InputError(name + ": corrupt gzip data");
      continue;
    }
    if (rc != Z_OK) return Status::InputError(name + ": corrupt or truncated gzip data");
    if (produced == 0 && zs.avail_in == 0) {
      return Status::InputError(name + ": truncated gzip data");
    }
  }
  return out;
}

}  // namespace precis::read
