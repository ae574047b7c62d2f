BRIEFINGS_SEARCH_WORDS("eca",{
"ecart":"7p",
"ecarter":"37"
});
