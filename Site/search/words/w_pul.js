BRIEFINGS_SEARCH_WORDS("pul",{
"pull":"7j",
"pulled":"7x"
});
