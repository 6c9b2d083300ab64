#include "read/gzip_decoder.h"

#include <gtest/gtest.h>
#include <zlib.h>

namespace precis::read {
namespace {

std::string Gzip(const std::string& data) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

TEST(GzipDecoder, RoundTrips) {
  std::string data(100000, 'x');
  data += "end";
  std::string gz = Gzip(data);
  EXPECT_TRUE(IsGzip(gz));
  auto r = Gunzip(gz, "a.gz", 1 << 20);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value(), data);
}

TEST(GzipDecoder, ReadsConcatenatedMembers) {
  auto r = Gunzip(Gzip("one ") + Gzip("two"), "a.gz", 1 << 20);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), "one two");
}

TEST(GzipDecoder, RefusesOutputOverTheLimit) {
  auto r = Gunzip(Gzip(std::string(5000, 'a')), "bomb.gz", 1000);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "bomb.gz: decompressed data larger than 1000 bytes");
}

TEST(GzipDecoder, ReportsTruncatedData) {
  std::string gz = Gzip(std::string(5000, 'a') + "tail");
  auto r = Gunzip(gz.substr(0, gz.size() / 2), "cut.gz", 1 << 20);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("cut.gz: "), std::string::npos);
  EXPECT_FALSE(IsGzip("plain"));
}

}  // namespace
}  // namespace precis::read
