BRIEFINGS_SEARCH_WORDS("gri",{
"grignotage":"37",
"grim":"5w,1v"
});
