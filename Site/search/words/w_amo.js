BRIEFINGS_SEARCH_WORDS("amo",{
"among":"45,1l,1n,6;5q"
});
