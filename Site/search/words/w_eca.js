BRIEFINGS_SEARCH_WORDS("eca",{
"ecart":"7z",
"ecarter":"37"
});
