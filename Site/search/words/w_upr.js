BRIEFINGS_SEARCH_WORDS("upr",{
"uprooted":"5r,1n"
});
