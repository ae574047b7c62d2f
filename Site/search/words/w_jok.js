BRIEFINGS_SEARCH_WORDS("jok",{
"joke":"68,1c"
});
