BRIEFINGS_SEARCH_WORDS("art",{
"artery":"7v",
"article":"23,b,48,11;6m",
"artillerie":"1,2w,1n,1r,17,5,7;4k",
"artillery":"2x,23,2s;50"
});
