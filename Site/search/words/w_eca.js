BRIEFINGS_SEARCH_WORDS("eca",{
"ecart":"80",
"ecarter":"37"
});
