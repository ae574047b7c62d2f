BRIEFINGS_SEARCH_WORDS("gat",{
"gather":"78",
"gathered":"7d"
});
