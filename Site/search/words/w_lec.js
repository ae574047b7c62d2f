BRIEFINGS_SEARCH_WORDS("lec",{
"lecon":"47,42",
"lecture":"3v"
});
