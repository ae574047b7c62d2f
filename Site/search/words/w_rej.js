BRIEFINGS_SEARCH_WORDS("rej",{
"rejet":"5,h",
"rejete":"7k",
"rejoui":"53,2c"
});
