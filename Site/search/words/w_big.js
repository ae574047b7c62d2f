BRIEFINGS_SEARCH_WORDS("big",{
"biggest":"5d,21"
});
