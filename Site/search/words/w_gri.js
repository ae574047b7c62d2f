BRIEFINGS_SEARCH_WORDS("gri",{
"grignotage":"38",
"grim":"5q,1n"
});
