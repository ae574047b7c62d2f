BRIEFINGS_SEARCH_WORDS("rej",{
"rejet":"5,h",
"rejete":"86",
"rejoui":"5p,2c"
});
