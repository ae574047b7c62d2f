BRIEFINGS_SEARCH_WORDS("lec",{
"lecon":"3k,43",
"lecture":"38"
});
