BRIEFINGS_SEARCH_WORDS("run",{
"run":"d,2a,4r",
"running":"7k",
"runs":"76"
});
