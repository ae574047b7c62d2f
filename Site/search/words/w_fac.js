BRIEFINGS_SEARCH_WORDS("fac",{
"face":"0,4,c,l,5,6,b,9,1c,b,9,3h,7,7,1;3j,9",
"facilite":"7g",
"facilities":"5k,1,1t",
"facon":"3g,48",
"factions":"2h,g,a,2,2j,1l,7,1;5s"
});
