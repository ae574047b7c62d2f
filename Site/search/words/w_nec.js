BRIEFINGS_SEARCH_WORDS("nec",{
"necessite":"5u,1i,1"
});
