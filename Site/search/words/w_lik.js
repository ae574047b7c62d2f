BRIEFINGS_SEARCH_WORDS("lik",{
"likely":"7j"
});
