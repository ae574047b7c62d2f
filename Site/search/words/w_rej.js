BRIEFINGS_SEARCH_WORDS("rej",{
"rejet":"5,h",
"rejete":"7n",
"rejoui":"53,2f"
});
