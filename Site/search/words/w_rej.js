BRIEFINGS_SEARCH_WORDS("rej",{
"rejet":"5,h",
"rejete":"4e,3i;4e",
"rejoui":"59,2i"
});
