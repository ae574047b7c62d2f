BRIEFINGS_SEARCH_WORDS("ves",{
"vessels":"75,3;75"
});
