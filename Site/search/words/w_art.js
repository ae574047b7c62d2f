BRIEFINGS_SEARCH_WORDS("art",{
"artery":"7x",
"article":"23,b,49,12;6n",
"artillerie":"1,2w,1n,1s,18,5,7;4k",
"artillery":"2x,23,2u;50"
});
