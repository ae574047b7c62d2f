BRIEFINGS_SEARCH_WORDS("ple",{
"plead":"7d;7d",
"pledged":"3q,f,3e,2",
"pledges":"75,g;7l",
"pledging":"4n,2q",
"pleinement":"4z,2g",
"plenkovic":"e,6u;e"
});
