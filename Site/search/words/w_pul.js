BRIEFINGS_SEARCH_WORDS("pul",{
"pull":"7g",
"pulled":"7u"
});
