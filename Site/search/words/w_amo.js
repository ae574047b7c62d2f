BRIEFINGS_SEARCH_WORDS("amo",{
"among":"44,1k,1q,6"
});
