BRIEFINGS_SEARCH_WORDS("pul",{
"pull":"76",
"pulled":"7k"
});
