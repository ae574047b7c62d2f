BRIEFINGS_SEARCH_WORDS("rem",{
"remerciant":"6r,h",
"remnants":"44,3f",
"rempart":"y",
"remplace":"7f",
"remplacerait":"5d,21;5d"
});
