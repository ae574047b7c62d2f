BRIEFINGS_SEARCH_WORDS("amo",{
"among":"4a,1m,1v,6;5w"
});
