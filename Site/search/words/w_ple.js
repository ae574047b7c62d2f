BRIEFINGS_SEARCH_WORDS("ple",{
"plead":"7p;7p",
"pledged":"3q,h,3o,2",
"pledges":"6z,i,g;7x",
"pledging":"4s,2x",
"pleinement":"55,2m",
"plenkovic":"e,76;e"
});
