BRIEFINGS_SEARCH_WORDS("fac",{
"face":"0,4,c,l,5,6,b,9,1c,c,9,10,2t,7,7,1;3k,9",
"facilite":"7t",
"facilities":"5s,1,1y",
"facon":"3h,4k",
"factions":"2h,g,a,2,2r,1q,7,1;60"
});
