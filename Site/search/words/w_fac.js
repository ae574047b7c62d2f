BRIEFINGS_SEARCH_WORDS("fac",{
"face":"0,4,c,l,5,6,b,9,1c,b,9,3g,7,7,1;3j,9",
"facilite":"7f",
"facilities":"5n,1,1p",
"facon":"3g,47",
"factions":"2h,g,a,2,2l,1i,7,1;5u"
});
