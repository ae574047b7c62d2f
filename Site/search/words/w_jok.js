BRIEFINGS_SEARCH_WORDS("jok",{
"joke":"6a,1d"
});
