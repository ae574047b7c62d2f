BRIEFINGS_SEARCH_WORDS("ple",{
"plead":"7q;7q",
"pledged":"3q,h,3p,2",
"pledges":"6z,j,g;7y",
"pledging":"4s,2y",
"pleinement":"55,2n",
"plenkovic":"e,77;e"
});
