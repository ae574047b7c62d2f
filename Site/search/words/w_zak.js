BRIEFINGS_SEARCH_WORDS("zak",{
"zakharova":"21,1l,42;21"
});
