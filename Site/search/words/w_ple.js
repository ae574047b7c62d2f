BRIEFINGS_SEARCH_WORDS("ple",{
"plead":"7r;7r",
"pledged":"3q,k,3n,2",
"pledges":"70,j,g;7z",
"pledging":"4s,2z",
"pleinement":"55,2o",
"plenkovic":"e,78;e"
});
