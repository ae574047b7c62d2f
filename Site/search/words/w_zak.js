BRIEFINGS_SEARCH_WORDS("zak",{
"zakharova":"20,1l,42;20"
});
