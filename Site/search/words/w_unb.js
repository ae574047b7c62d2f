BRIEFINGS_SEARCH_WORDS("unb",{
"unblocked":"75"
});
