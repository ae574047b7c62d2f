BRIEFINGS_SEARCH_WORDS("pul",{
"pull":"75",
"pulled":"7j"
});
