BRIEFINGS_SEARCH_WORDS("lec",{
"lecon":"3l,4g",
"lecture":"38"
});
