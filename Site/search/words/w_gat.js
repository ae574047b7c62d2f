BRIEFINGS_SEARCH_WORDS("gat",{
"gather":"7h",
"gathered":"7m"
});
