BRIEFINGS_SEARCH_WORDS("lec",{
"lecon":"3l,4f",
"lecture":"38"
});
