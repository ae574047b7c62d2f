BRIEFINGS_SEARCH_WORDS("pul",{
"pull":"7r",
"pulled":"85"
});
