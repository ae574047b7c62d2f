BRIEFINGS_SEARCH_WORDS("zak",{
"zakharova":"21,1l,41;21"
});
