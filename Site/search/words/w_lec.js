BRIEFINGS_SEARCH_WORDS("lec",{
"lecon":"3k,44",
"lecture":"38"
});
