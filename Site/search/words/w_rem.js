BRIEFINGS_SEARCH_WORDS("rem",{
"remerciant":"73,g",
"remnants":"49,3l",
"rempart":"y",
"remplace":"4s,2y;4s",
"remplacerait":"5i,27;5i"
});
