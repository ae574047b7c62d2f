BRIEFINGS_SEARCH_WORDS("amo",{
"among":"49,1m,1t,6;5v"
});
