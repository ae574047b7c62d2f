BRIEFINGS_SEARCH_WORDS("ple",{
"plead":"7e;7e",
"pledged":"3q,f,3f,2",
"pledges":"76,g;7m",
"pledging":"4o,2q",
"pleinement":"50,2g",
"plenkovic":"e,6v;e"
});
