BRIEFINGS_SEARCH_WORDS("big",{
"biggest":"5g,1y"
});
