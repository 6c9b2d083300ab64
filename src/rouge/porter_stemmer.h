// The Porter (1980) stemmer exactly as ROUGE-1.5.5 runs it: Martin Porter's Perl
// reference version with Chin-Yew Lin's change to step 4 (three passes, so
// "agreement" -> "agreem"). Input is one lower-case token; words shorter than 3
// bytes come back unchanged. Pure function, thread-safe.
#ifndef PRECIS_ROUGE_PORTER_STEMMER_H_
#define PRECIS_ROUGE_PORTER_STEMMER_H_

#include <string>
#include <string_view>

namespace precis::rouge {

std::string PorterStem(std::string_view word);

}  // namespace precis::rouge

#endif  // PRECIS_ROUGE_PORTER_STEMMER_H_
