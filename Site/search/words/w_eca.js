BRIEFINGS_SEARCH_WORDS("eca",{
"ecart":"7x",
"ecarter":"37"
});
