BRIEFINGS_SEARCH_WORDS("rem",{
"remerciant":"6s,h",
"remnants":"44,3g",
"rempart":"y",
"remplace":"7g",
"remplacerait":"5b,24;5b"
});
