BRIEFINGS_SEARCH_WORDS("run",{
"run":"d,2a,5c",
"running":"85",
"runs":"7r"
});
