#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

// Words of a name for matching: case- and accent-folded (text::fold), split on anything that
// is not a letter or digit. "María-José  Hernández" -> {"maria", "jose", "hernandez"}.
std::vector<std::string> nameWords(std::string_view text);

// A sound-alike key for one folded name word, designed for the names a California child
// support office sees most -- Spanish and English, plus romanized Vietnamese, Chinese,
// Tagalog, Armenian and Korean names. Two spellings a person would hear as the same name get
// the same key, so that "Hernandes" finds "Hernández":
//  * letters that Spanish speakers and English writers interchange fold together:
//    z/s/soft c -> S, v/b -> B, j/soft g/initial x -> J, ll and y alike, qu/k/hard c/ck -> K,
//    ph -> F, ch/sh -> X, gu before e/i -> G; h is silent (Spanish h, "Ernandez");
//  * doubled letters count once ("Rodriguez"/"Rodrigues", "Guerrero"/"Guerero");
//  * vowels other than an initial one are dropped, and every initial vowel is the same
//    ("Ernandez" ~ "Hernandez"); a y after the first letter is a vowel ("Nguyen"/"Nguen",
//    "Petrosyan"/"Petrosian", "Smyth"/"Smith").
// The key is lower-case ASCII letters, so it is a plain full-text token. A word with letters
// outside a-z after folding (a name in Han, Hangul or Armenian script) is its own key.
std::string phoneticKey(std::string_view foldedWord);

} // namespace caseledger::core
