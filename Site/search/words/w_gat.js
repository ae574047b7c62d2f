BRIEFINGS_SEARCH_WORDS("gat",{
"gather":"7g",
"gathered":"7l"
});
