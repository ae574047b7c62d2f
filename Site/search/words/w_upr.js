BRIEFINGS_SEARCH_WORDS("upr",{
"uprooted":"5v,1t"
});
