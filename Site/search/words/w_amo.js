BRIEFINGS_SEARCH_WORDS("amo",{
"among":"45,1m,1n,6"
});
