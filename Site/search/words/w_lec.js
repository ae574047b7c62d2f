BRIEFINGS_SEARCH_WORDS("lec",{
"lecon":"3l,43",
"lecture":"39"
});
