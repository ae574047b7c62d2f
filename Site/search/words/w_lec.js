BRIEFINGS_SEARCH_WORDS("lec",{
"lecon":"3l,4d",
"lecture":"38"
});
