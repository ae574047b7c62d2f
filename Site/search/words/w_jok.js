BRIEFINGS_SEARCH_WORDS("jok",{
"joke":"69,1c"
});
