BRIEFINGS_SEARCH_WORDS("upr",{
"uprooted":"5w,1v"
});
