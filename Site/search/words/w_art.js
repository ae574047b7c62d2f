BRIEFINGS_SEARCH_WORDS("art",{
"artery":"7w",
"article":"23,b,48,12;6m",
"artillerie":"1,2w,1n,1r,18,5,7;4k",
"artillery":"2x,23,2t;50"
});
