// ROUGE-1.5.5's evaluation setup: the XML configuration file
//   <ROUGE-EVAL version="1.0">
//     <EVAL ID="1">
//       <PEER-ROOT>dir</PEER-ROOT> <MODEL-ROOT>dir</MODEL-ROOT>
//       <INPUT-FORMAT TYPE="SPL"/>
//       <PEERS> <P ID="sys">file</P> ... </PEERS>
//       <MODELS> <M ID="A">file</M> ... </MODELS>
//     </EVAL> ...
//   </ROUGE-EVAL>
// read as the Perl reads it (element names case-insensitive, file names trimmed,
// a later <P>/<M> with the same ID replacing the file of an earlier one), or the
// -z file list ("peer model1 model2 ..." per line). Value types, thread-safe.
#ifndef PRECIS_ROUGE_ROUGE_CONFIG_H_
#define PRECIS_ROUGE_ROUGE_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"
#include "rouge/rouge_input.h"

namespace precis::rouge {

struct RougeEval {
  std::string id;
  std::optional<std::string> peer_root;
  std::optional<std::string> model_root;
  std::optional<InputFormat> format;
  std::map<std::string, std::string> peers;   // peer ID -> file
  std::vector<std::string> model_ids;         // in document order, as ROUGE lists them
  std::map<std::string, std::string> models;  // model ID -> file
  bool rooted = true;                         // false for -z file lists: paths as given

  // ROUGE's paths: root + "/" + file (an absent root counts as "").
  std::string PeerPath(const std::string& peer_id) const;
  std::string ModelPath(const std::string& model_id) const;
};

struct RougeConfig {
  std::vector<RougeEval> evals;       // in document order
  std::vector<std::string> peer_ids;  // every <P ID>, sorted (what -a evaluates)
};

// `name` is used in error messages (the file name).
Result<RougeConfig> ParseRougeConfigXml(std::string_view xml, const std::string& name);

// The -z format: evaluation IDs 1, 2, ...; the peer is `system_id`; models are
// "M.1", "M.2", ...; '#' lines and blank lines are skipped.
Result<RougeConfig> ParseRougeFileList(std::string_view content, InputFormat format,
                                       const std::string& system_id, const std::string& name);

}  // namespace precis::rouge

#endif  // PRECIS_ROUGE_ROUGE_CONFIG_H_
