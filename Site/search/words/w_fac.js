BRIEFINGS_SEARCH_WORDS("fac",{
"face":"0,4,c,l,5,6,b,9,1d,b,9,3f,7,7,1;3k,9",
"facilite":"7f",
"facilities":"5n,1,1p",
"facon":"3h,46",
"factions":"2i,g,a,2,2k,1i,7,1;5u"
});
