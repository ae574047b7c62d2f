BRIEFINGS_SEARCH_WORDS("pul",{
"pull":"7i",
"pulled":"7w"
});
