BRIEFINGS_SEARCH_WORDS("zak",{
"zakharova":"20,1m,4f;20"
});
