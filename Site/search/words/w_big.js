BRIEFINGS_SEARCH_WORDS("big",{
"biggest":"61,1y"
});
