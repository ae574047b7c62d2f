BRIEFINGS_SEARCH_WORDS("rem",{
"remerciant":"6s,h",
"remnants":"45,3f",
"rempart":"y",
"remplace":"7g",
"remplacerait":"5e,21;5e"
});
