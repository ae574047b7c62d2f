BRIEFINGS_SEARCH_WORDS("ple",{
"plead":"7o;7o",
"pledged":"3q,j,3l,2",
"pledges":"6y,i,g;7w",
"pledging":"4r,2x",
"pleinement":"54,2m",
"plenkovic":"e,75;e"
});
