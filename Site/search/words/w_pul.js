BRIEFINGS_SEARCH_WORDS("pul",{
"pull":"78",
"pulled":"7m"
});
