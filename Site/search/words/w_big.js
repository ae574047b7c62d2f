BRIEFINGS_SEARCH_WORDS("big",{
"biggest":"5l,26"
});
