BRIEFINGS_SEARCH_WORDS("fac",{
"face":"0,4,c,l,5,6,b,9,1z,b,9,3f,7,7,1;46,9",
"facilite":"81",
"facilities":"69,1,1p",
"facon":"43,46",
"factions":"2i,g,w,2,2k,1i,7,1;6g"
});
