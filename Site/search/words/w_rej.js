BRIEFINGS_SEARCH_WORDS("rej",{
"rejet":"5,h",
"rejete":"7l",
"rejoui":"54,2c"
});
