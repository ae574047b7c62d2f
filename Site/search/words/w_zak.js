BRIEFINGS_SEARCH_WORDS("zak",{
"zakharova":"21,27,41;21"
});
