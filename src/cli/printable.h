// What the command line writes to a terminal: messages carry file names and
// document ids that may hold control characters (a file name with a newline,
// an id with ESC), which would split a one-line error or drive the terminal.
// Pure; thread-safe.
#ifndef PRECIS_CLI_PRINTABLE_H_
#define PRECIS_CLI_PRINTABLE_H_

#include <string>
#include <string_view>

#include "precis/status.h"

namespace precis::cli {

// `text` with C0 and C1 control characters and DEL written as escapes
// ("\n", "\t", "\x1b", "\u0085"); everything else unchanged.
std::string Printable(std::string_view text);

// Writes "precis VERB: MESSAGE\n" (or "precis VERB: warning: MESSAGE\n") to
// stderr, the message made printable.
void PrintError(std::string_view verb, std::string_view message);
void PrintWarning(std::string_view verb, std::string_view message);

// Prints `status`'s message as PrintError does and returns its exit code:
// how a verb ends on an error.
int Fail(std::string_view verb, const Status& status);

}  // namespace precis::cli

#endif  // PRECIS_CLI_PRINTABLE_H_
