BRIEFINGS_SEARCH_WORDS("nec",{
"necessite":"5x,1f,1"
});
