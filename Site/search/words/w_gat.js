BRIEFINGS_SEARCH_WORDS("gat",{
"gather":"7i",
"gathered":"7n"
});
