BRIEFINGS_SEARCH_WORDS("upr",{
"uprooted":"5q,1n;5q"
});
