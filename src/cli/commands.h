// The verbs of the precis command line. Each parses its own flags (CLI11) and
// calls the library; it prints results on stdout, one-line errors on stderr,
// and returns the process exit code (0 ok, 1 input error, 2 usage error).
#ifndef PRECIS_CLI_COMMANDS_H_
#define PRECIS_CLI_COMMANDS_H_

namespace precis::cli {

// argv[0] is the verb itself ("summarize", ...).
int RunSummarize(int argc, char** argv);
int RunTimeline(int argc, char** argv);
int RunFigures(int argc, char** argv);
int RunExtract(int argc, char** argv);
int RunRouge(int argc, char** argv);
int RunEval(int argc, char** argv);
// Runs precis-serve, found beside this program.
int RunServe(int argc, char** argv);

}  // namespace precis::cli

#endif  // PRECIS_CLI_COMMANDS_H_
