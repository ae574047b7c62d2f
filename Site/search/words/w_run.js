BRIEFINGS_SEARCH_WORDS("run",{
"run":"d,29,4u",
"running":"7m",
"runs":"78"
});
