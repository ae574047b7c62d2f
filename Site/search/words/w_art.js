BRIEFINGS_SEARCH_WORDS("art",{
"artery":"85",
"article":"24,b,4k,y;6z",
"artillerie":"1,2x,24,1n,13,5,7;52",
"artillery":"2y,2i,2m;5g"
});
