BRIEFINGS_SEARCH_WORDS("nec",{
"necessite":"6i,1f,1"
});
