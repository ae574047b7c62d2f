BRIEFINGS_SEARCH_WORDS("rem",{
"remerciant":"7c,i",
"remnants":"4r,3e",
"rempart":"y",
"remplace":"81",
"remplacerait":"5z,21;5z"
});
