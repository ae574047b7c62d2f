BRIEFINGS_SEARCH_WORDS("lin",{
"linking":"50,2r"
});
