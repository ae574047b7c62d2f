BRIEFINGS_SEARCH_WORDS("gri",{
"grignotage":"37",
"grim":"5q,1n"
});
