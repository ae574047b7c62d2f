BRIEFINGS_SEARCH_WORDS("big",{
"biggest":"5k,24"
});
