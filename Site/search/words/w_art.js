BRIEFINGS_SEARCH_WORDS("art",{
"artery":"7m",
"article":"23,b,3z,11;6d",
"artillerie":"1,2w,1i,1o,16,5,7;4f",
"artillery":"2x,1x,2p;4u"
});
