BRIEFINGS_SEARCH_WORDS("ple",{
"plead":"7e;7e",
"pledged":"3p,f,3g,2",
"pledges":"76,g;7m",
"pledging":"4l,2t",
"pleinement":"4x,2j",
"plenkovic":"e,6v;e"
});
