BRIEFINGS_SEARCH_WORDS("fut",{
"fut":"f",
"future":"3v,46"
});
