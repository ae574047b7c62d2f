BRIEFINGS_SEARCH_WORDS("eca",{
"ecart":"7y",
"ecarter":"37"
});
