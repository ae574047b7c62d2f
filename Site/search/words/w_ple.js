BRIEFINGS_SEARCH_WORDS("ple",{
"plead":"7z;7z",
"pledged":"4c,f,3e,2",
"pledges":"7r,g;87",
"pledging":"59,2q",
"pleinement":"5l,2g",
"plenkovic":"e,7g;e"
});
