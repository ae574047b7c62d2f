BRIEFINGS_SEARCH_WORDS("rem",{
"remerciant":"6u,h",
"remnants":"44,3i",
"rempart":"y",
"remplace":"7i",
"remplacerait":"5d,24;5d"
});
