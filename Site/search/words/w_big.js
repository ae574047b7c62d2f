BRIEFINGS_SEARCH_WORDS("big",{
"biggest":"5f,1y"
});
