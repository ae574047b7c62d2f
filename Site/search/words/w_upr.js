BRIEFINGS_SEARCH_WORDS("upr",{
"uprooted":"6c,1n;6c"
});
