BRIEFINGS_SEARCH_WORDS("amo",{
"among":"44,1m,1q,6"
});
