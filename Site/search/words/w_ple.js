BRIEFINGS_SEARCH_WORDS("ple",{
"plead":"7g;7g",
"pledged":"3p,f,3i,2",
"pledges":"78,g;7o",
"pledging":"4n,2t",
"pleinement":"50,2i",
"plenkovic":"e,6x;e"
});
