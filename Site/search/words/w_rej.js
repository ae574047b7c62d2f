BRIEFINGS_SEARCH_WORDS("rej",{
"rejet":"5,h",
"rejete":"4e,3j",
"rejoui":"59,2j"
});
