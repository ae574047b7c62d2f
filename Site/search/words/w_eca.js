BRIEFINGS_SEARCH_WORDS("eca",{
"ecart":"7m",
"ecarter":"38"
});
