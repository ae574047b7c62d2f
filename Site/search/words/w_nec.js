BRIEFINGS_SEARCH_WORDS("nec",{
"necessite":"5w,1f,1"
});
