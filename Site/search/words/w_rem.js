BRIEFINGS_SEARCH_WORDS("rem",{
"remerciant":"6q,i",
"remnants":"45,3e",
"rempart":"y",
"remplace":"7f",
"remplacerait":"5d,21;5d"
});
