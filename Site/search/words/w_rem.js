BRIEFINGS_SEARCH_WORDS("rem",{
"remerciant":"74,h",
"remnants":"47,3p",
"rempart":"y",
"remplace":"4t,2z;4t",
"remplacerait":"5j,28;5j"
});
