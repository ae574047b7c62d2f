BRIEFINGS_SEARCH_WORDS("rej",{
"rejet":"5,h",
"rejete":"3z,3w",
"rejoui":"58,2i"
});
