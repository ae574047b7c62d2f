BRIEFINGS_SEARCH_WORDS("rej",{
"rejet":"5,h",
"rejete":"40,3y",
"rejoui":"59,2k"
});
