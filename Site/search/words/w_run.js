BRIEFINGS_SEARCH_WORDS("run",{
"run":"d,29,4s",
"running":"7k",
"runs":"76"
});
