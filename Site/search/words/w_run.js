BRIEFINGS_SEARCH_WORDS("run",{
"run":"d,29,52",
"running":"7u",
"runs":"7g"
});
