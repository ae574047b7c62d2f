BRIEFINGS_SEARCH_WORDS("jok",{
"joke":"7v"
});
