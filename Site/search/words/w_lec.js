BRIEFINGS_SEARCH_WORDS("lec",{
"lecon":"3l,4e",
"lecture":"38"
});
