BRIEFINGS_SEARCH_WORDS("gat",{
"gather":"7r",
"gathered":"7w"
});
