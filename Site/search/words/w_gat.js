BRIEFINGS_SEARCH_WORDS("gat",{
"gather":"76",
"gathered":"7b"
});
