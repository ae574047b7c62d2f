BRIEFINGS_SEARCH_WORDS("eca",{
"ecart":"88",
"ecarter":"3u"
});
