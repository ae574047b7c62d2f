BRIEFINGS_SEARCH_WORDS("fut",{
"fut":"f",
"future":"39,46"
});
