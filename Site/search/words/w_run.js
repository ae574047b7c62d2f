BRIEFINGS_SEARCH_WORDS("run",{
"run":"d,29,55",
"running":"7x",
"runs":"7j"
});
