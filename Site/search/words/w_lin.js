BRIEFINGS_SEARCH_WORDS("lin",{
"linking":"4v,2l"
});
