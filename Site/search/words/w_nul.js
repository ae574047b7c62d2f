BRIEFINGS_SEARCH_WORDS("nul",{
"nuls":"y"
});
