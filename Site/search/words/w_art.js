BRIEFINGS_SEARCH_WORDS("art",{
"artery":"7k",
"article":"23,b,3x,11",
"artillerie":"1,2w,1h,1n,16,5,7;4e",
"artillery":"2x,1v,2p;4s"
});
