// Closes up the spaces a tokenizer left in text that was later joined back
// with a space between every token: Multi-News and similar crawls write
// `called it " unequivocal ", he said`, `i ' m`, `$ 3 million`, and old wire
// copy `they ,''`. A reader expects `"unequivocal",`, `i'm`, `$3`. (The
// same crawls glue a plural's apostrophe to the next word, "saints'days":
// that space goes back.) Spacing
// that some language's typography asks for ("15,7 %", French "travail ?",
// German „so“ nicht) is left as written.
// Only spaces go: the words, marks and their order stay, so what a sentence
// says and how ROUGE tokenises it do not change. Pure; thread-safe.
#ifndef PRECIS_CLEAN_TOKENIZER_SPACING_H_
#define PRECIS_CLEAN_TOKENIZER_SPACING_H_

#include <string>
#include <string_view>

namespace precis::clean {

// `line` (one paragraph, spaces already collapsed) with tokenizer spaces
// closed up. Straight double quotes are told apart as opening or closing from
// left to right: a mark written against a word on one side says which it is,
// one with a space on both sides is the other of the last one.
std::string CloseTokenizerSpaces(std::string line);

// `text` with parentheses set off on both sides from what they hold closed
// up ("( r-ariz. )" -> "(r-ariz.)") and clocks' colons too ("11: 20 a.m."
// -> "11:20 a.m."). Kept apart from CloseTokenizerSpaces because the
// cleaner's rules read these in the crawl's spacing ("( ap )", "( @handle )",
// "3: 09 pm edt"): the cleaner applies it to what it keeps, after them.
std::string CloseParenthesesAndClocks(std::string text);

}  // namespace precis::clean

#endif  // PRECIS_CLEAN_TOKENIZER_SPACING_H_
