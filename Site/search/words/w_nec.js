BRIEFINGS_SEARCH_WORDS("nec",{
"necessite":"61,1l,1"
});
