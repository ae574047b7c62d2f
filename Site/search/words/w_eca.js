BRIEFINGS_SEARCH_WORDS("eca",{
"ecart":"7n",
"ecarter":"38"
});
