BRIEFINGS_SEARCH_WORDS("fut",{
"fut":"f",
"future":"38,47"
});
