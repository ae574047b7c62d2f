BRIEFINGS_SEARCH_WORDS("rem",{
"remerciant":"75,h",
"remnants":"4a,3n",
"rempart":"y",
"remplace":"4t,30;4t",
"remplacerait":"5j,29;5j"
});
