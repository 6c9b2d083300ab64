// The story store over HTTP: GET /v1/stories (?since=YYYY-MM-DD&limit=N),
// GET /v1/stories/{id} (?text=true), POST /v1/articles. One store per server, opened at
// start (`precis serve --store LOCATION`); requests take turns on it (a
// mutex), as the store is not thread-safe. Without a store every endpoint
// answers 404 saying how to start the server with one.
#ifndef PRECIS_SERVE_STORY_SERVICE_H_
#define PRECIS_SERVE_STORY_SERVICE_H_

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "precis/store.h"
#include "serve/handlers.h"

namespace precis::serve {

class StoryService {
 public:
  static constexpr std::size_t kMaxArticlesPerRequest = 10'000;

  // No store: every request gets 404.
  StoryService() = default;
  // Opens (creating it if missing) the store at `location`.
  static Result<std::unique_ptr<StoryService>> Open(const std::string& location);

  // `since` and `limit` are the raw query parameters ("" when absent).
  Reply List(std::string_view since, std::string_view limit);
  // `id` is the path's last segment; `text` the raw "text" parameter: "true"
  // (or "1") adds each article's cleaned text, as stored, to the articles of
  // the reply ("", "false" or "0": the story as `precis story` prints it).
  Reply One(std::string_view id, std::string_view text = "");
  // {"articles": [{"id", "url"?, "title"?, "date"?, "source"?, "text" | "html"}]}:
  // every article analysed, stored and committed before the reply, which
  // says what became of each: {"articles": [{"id", "action", "story",
  // "new_story", "duplicate_of"?}]}.
  Reply AddArticles(std::string_view body);

 private:
  std::mutex mutex_;
  std::unique_ptr<StoryStore> store_;
};

}  // namespace precis::serve

#endif  // PRECIS_SERVE_STORY_SERVICE_H_
