BRIEFINGS_SEARCH_WORDS("rem",{
"remerciant":"74,g",
"remnants":"47,3o",
"rempart":"y",
"remplace":"4t,2y;4t",
"remplacerait":"5j,27;5j"
});
