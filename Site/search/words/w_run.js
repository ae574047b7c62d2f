BRIEFINGS_SEARCH_WORDS("run",{
"run":"d,29,54",
"running":"7w",
"runs":"7i"
});
