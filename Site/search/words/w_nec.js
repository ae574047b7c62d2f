BRIEFINGS_SEARCH_WORDS("nec",{
"necessite":"62,1n,1"
});
