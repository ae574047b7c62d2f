BRIEFINGS_SEARCH_WORDS("upr",{
"uprooted":"5o,1q"
});
