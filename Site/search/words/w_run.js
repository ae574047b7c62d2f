BRIEFINGS_SEARCH_WORDS("run",{
"run":"d,29,4r",
"running":"7j",
"runs":"75"
});
