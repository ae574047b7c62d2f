BRIEFINGS_SEARCH_WORDS("pul",{
"pull":"7h",
"pulled":"7v"
});
