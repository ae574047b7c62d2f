BRIEFINGS_SEARCH_WORDS("amo",{
"among":"44,1m,1n,6"
});
