BRIEFINGS_SEARCH_WORDS("gri",{
"grignotage":"3u",
"grim":"6c,1n"
});
