BRIEFINGS_SEARCH_WORDS("lik",{
"likely":"85"
});
