# Turns the file IN into a C++ source OUT defining precis::data::NAME as a
# std::string_view over the file's bytes.
file(READ ${IN} hex HEX)
string(LENGTH "${hex}" hexlen)
math(EXPR n "${hexlen} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," body "${hex}")
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\n#include <string_view>\nnamespace precis::data {\nstatic const char kBytes[] = {${body} 0};\nextern const std::string_view ${NAME};\nconst std::string_view ${NAME}(kBytes, ${n});\n}  // namespace precis::data\n")
