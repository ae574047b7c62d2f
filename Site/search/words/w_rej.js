BRIEFINGS_SEARCH_WORDS("rej",{
"rejet":"5,h",
"rejete":"7n",
"rejoui":"4z,2j"
});
