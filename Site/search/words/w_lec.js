BRIEFINGS_SEARCH_WORDS("lec",{
"lecon":"3k,46",
"lecture":"38"
});
