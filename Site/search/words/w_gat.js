BRIEFINGS_SEARCH_WORDS("gat",{
"gather":"7j",
"gathered":"7o"
});
