BRIEFINGS_SEARCH_WORDS("art",{
"artery":"7j",
"article":"23,b,3z,y;6d",
"artillerie":"1,2w,1i,1o,13,5,7;4f",
"artillery":"2x,1x,2m;4u"
});
