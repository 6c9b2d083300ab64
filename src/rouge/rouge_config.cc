#include "rouge/rouge_config.h"

#include <expat.h>

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace precis::rouge {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

std::string Upper(std::string_view s) {
  std::string u(s);
  for (char& c : u)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return u;
}

// A minimal DOM: what XML::DOM gives the Perl, minus what it ignores.
struct Node {
  bool is_text = false;
  std::string name;  // element name, or the text of a text node
  std::map<std::string, std::string> attributes;
  std::vector<std::unique_ptr<Node>> children;
};

// ROUGE configurations nest four elements deep; the tree is read and freed
// recursively, so its depth is bounded (200,000 nested elements overflowed the
// stack).
constexpr size_t kMaxDepth = 64;

struct Builder {
  std::unique_ptr<Node> root = std::make_unique<Node>();
  std::vector<Node*> stack{root.get()};
  bool in_text = false;  // the last child of the top node is an open text node
  XML_Parser parser = nullptr;
  bool too_deep = false;

  void Text(std::string_view s) {
    Node* top = stack.back();
    if (!in_text) {
      auto t = std::make_unique<Node>();
      t->is_text = true;
      top->children.push_back(std::move(t));
      in_text = true;
    }
    top->children.back()->name.append(s);
  }
};

void XMLCALL OnStart(void* data, const XML_Char* name, const XML_Char** atts) {
  auto* b = static_cast<Builder*>(data);
  if (b->stack.size() > kMaxDepth) {
    b->too_deep = true;
    XML_StopParser(b->parser, XML_FALSE);
    return;
  }
  auto node = std::make_unique<Node>();
  node->name = name;
  for (size_t i = 0; atts[i] != nullptr && atts[i + 1] != nullptr; i += 2) {
    node->attributes[atts[i]] = atts[i + 1];
  }
  Node* raw = node.get();
  b->stack.back()->children.push_back(std::move(node));
  b->stack.push_back(raw);
  b->in_text = false;
}

void XMLCALL OnEnd(void* data, const XML_Char*) {
  auto* b = static_cast<Builder*>(data);
  if (b->stack.size() > 1) b->stack.pop_back();
  b->in_text = false;
}

void XMLCALL OnText(void* data, const XML_Char* s, int len) {
  static_cast<Builder*>(data)->Text(std::string_view(s, static_cast<size_t>(len)));
}

void XMLCALL OnComment(void* data, const XML_Char*) {
  static_cast<Builder*>(data)->in_text = false;  // a comment ends a text node
}

class Reader {
 public:
  Reader(RougeConfig& config, const std::string& name) : config_(config), name_(name) {}

  // `eval` indexes config_.evals (-1 outside any <EVAL>).
  Status Read(const Node& node, int eval) {
    if (node.is_text) return Status::Ok();
    const std::string tag = Upper(node.name);
    if (tag == "EVAL") {
      auto id = node.attributes.find("ID");
      if (id == node.attributes.end()) return Error("<" + node.name + "> without an ID attribute");
      const int e = FindOrAdd(id->second);
      for (const auto& child : node.children) {
        if (Status s = Read(*child, e); !s.ok()) return s;
      }
      return Status::Ok();
    }
    if (tag == "INPUT-FORMAT" || tag == "PEER-ROOT" || tag == "MODEL-ROOT" || tag == "PEERS" ||
        tag == "MODELS") {
      if (eval < 0) return Error("<" + node.name + "> outside of an <EVAL>");
    }
    RougeEval* current = eval < 0 ? nullptr : &config_.evals[static_cast<size_t>(eval)];
    if (tag == "INPUT-FORMAT") {
      auto type = node.attributes.find("TYPE");
      if (type == node.attributes.end()) return Error("<INPUT-FORMAT> without a TYPE attribute");
      Result<InputFormat> f = ParseInputFormat(type->second);
      if (!f.ok()) return Error("unknown input type '" + type->second + "'");
      current->format = *f;
      return Status::Ok();
    }
    if (tag == "PEER-ROOT" || tag == "MODEL-ROOT") {
      for (const auto& child : node.children) {
        if (!child->is_text) continue;
        (tag == "PEER-ROOT" ? current->peer_root : current->model_root) = Trim(child->name);
      }
      return Status::Ok();
    }
    if (tag == "PEERS" || tag == "MODELS") {
      const bool peers = tag == "PEERS";
      for (const auto& child : node.children) {
        if (child->is_text || Upper(child->name) != (peers ? "P" : "M")) continue;
        auto id = child->attributes.find("ID");
        if (id == child->attributes.end()) {
          return Error("<" + child->name + "> without an ID attribute in EVAL " + current->id);
        }
        if (peers) {
          if (peer_ids_.insert(id->second).second) config_.peer_ids.push_back(id->second);
        } else {
          current->model_ids.push_back(id->second);
        }
        for (const auto& grandchild : child->children) {
          if (!grandchild->is_text) continue;
          (peers ? current->peers : current->models)[id->second] = Trim(grandchild->name);
        }
      }
      return Status::Ok();
    }
    for (const auto& child : node.children) {
      if (Status s = Read(*child, eval); !s.ok()) return s;
    }
    return Status::Ok();
  }

 private:
  Status Error(const std::string& what) const { return Status::InputError(name_ + ": " + what); }

  // Indexed: a configuration may hold many evaluations and peers.
  int FindOrAdd(const std::string& id) {
    auto [it, added] = eval_index_.try_emplace(id, static_cast<int>(config_.evals.size()));
    if (added) {
      config_.evals.push_back(RougeEval{});
      config_.evals.back().id = id;
    }
    return it->second;
  }

  RougeConfig& config_;
  const std::string& name_;
  std::unordered_map<std::string, int> eval_index_;
  std::unordered_set<std::string> peer_ids_;
};

}  // namespace

std::string RougeEval::PeerPath(const std::string& peer_id) const {
  auto it = peers.find(peer_id);
  std::string file = it == peers.end() ? std::string() : it->second;
  return rooted ? peer_root.value_or("") + "/" + file : file;
}

std::string RougeEval::ModelPath(const std::string& model_id) const {
  auto it = models.find(model_id);
  std::string file = it == models.end() ? std::string() : it->second;
  return rooted ? model_root.value_or("") + "/" + file : file;
}

Result<RougeConfig> ParseRougeConfigXml(std::string_view xml, const std::string& name) {
  Builder builder;
  std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreate(nullptr),
                                                                      &XML_ParserFree);
  if (!parser) return Status::InputError(name + ": cannot create an XML parser");
  builder.parser = parser.get();
  XML_SetUserData(parser.get(), &builder);
  XML_SetElementHandler(parser.get(), OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser.get(), OnText);
  XML_SetCommentHandler(parser.get(), OnComment);
  if (XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) ==
      XML_STATUS_ERROR) {
    if (builder.too_deep) {
      return Status::InputError(name + ":" +
                                std::to_string(XML_GetCurrentLineNumber(parser.get())) +
                                ": not a ROUGE configuration (elements nested more than " +
                                std::to_string(kMaxDepth) + " deep)");
    }
    return Status::InputError(name + ":" + std::to_string(XML_GetCurrentLineNumber(parser.get())) +
                              ": not a ROUGE configuration (XML error: " +
                              XML_ErrorString(XML_GetErrorCode(parser.get())) + ")");
  }
  RougeConfig config;
  Reader reader(config, name);
  if (Status s = reader.Read(*builder.root, -1); !s.ok()) return s;
  std::sort(config.peer_ids.begin(), config.peer_ids.end());
  return config;
}

Result<RougeConfig> ParseRougeFileList(std::string_view content, InputFormat format,
                                       const std::string& system_id, const std::string& name) {
  RougeConfig config;
  config.peer_ids.push_back(system_id);
  size_t pos = 0;
  int line_number = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_number;
    if (!line.empty() && line[0] == '#') continue;
    std::string trimmed = Trim(line);
    if (trimmed.empty()) continue;
    std::vector<std::string> files;
    size_t p = 0;
    while (p < trimmed.size()) {
      size_t start = p;
      while (p < trimmed.size() && !IsSpace(trimmed[p])) ++p;
      files.push_back(trimmed.substr(start, p - start));
      while (p < trimmed.size() && IsSpace(trimmed[p])) ++p;
    }
    if (files.size() < 2) {
      return Status::InputError(name + ":" + std::to_string(line_number) +
                                ": a file list line needs a peer and at least one model");
    }
    RougeEval e;
    e.id = std::to_string(config.evals.size() + 1);
    e.format = format;
    e.rooted = false;
    e.peers[system_id] = files[0];
    for (size_t i = 1; i < files.size(); ++i) {
      std::string id = "M." + std::to_string(i);
      e.model_ids.push_back(id);
      e.models[id] = files[i];
    }
    config.evals.push_back(std::move(e));
  }
  return config;
}

}  // namespace precis::rouge
