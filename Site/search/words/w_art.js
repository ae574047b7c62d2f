BRIEFINGS_SEARCH_WORDS("art",{
"artery":"7j",
"article":"24,b,3y,y;6d",
"artillerie":"1,2x,1i,1n,13,5,7;4g",
"artillery":"2y,1w,2m;4u"
});
