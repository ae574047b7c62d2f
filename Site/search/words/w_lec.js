BRIEFINGS_SEARCH_WORDS("lec",{
"lecon":"3l,42",
"lecture":"39"
});
