BRIEFINGS_SEARCH_WORDS("run",{
"run":"d,2a,4q",
"running":"7j",
"runs":"75"
});
