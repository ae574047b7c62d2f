BRIEFINGS_SEARCH_WORDS("zak",{
"zakharova":"20,1l,45;20"
});
