BRIEFINGS_SEARCH_WORDS("fac",{
"face":"0,4,c,l,5,6,b,9,1c,c,9,10,2s,7,7,1;3k,9",
"facilite":"7s",
"facilities":"5s,1,1x",
"facon":"3h,4j",
"factions":"2h,g,a,2,2r,1p,7,1;60"
});
