BRIEFINGS_SEARCH_WORDS("fac",{
"face":"0,4,c,l,5,6,b,9,1c,c,9,z,2r,7,7,1;3k,9",
"facilite":"7q",
"facilities":"5r,1,1w",
"facon":"3h,4h",
"factions":"2h,g,a,2,2q,1o,7,1;5z"
});
