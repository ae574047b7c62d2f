BRIEFINGS_SEARCH_WORDS("gat",{
"gather":"75",
"gathered":"7a"
});
