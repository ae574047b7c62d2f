BRIEFINGS_SEARCH_WORDS("art",{
"artery":"7u",
"article":"23,b,47,11;6l",
"artillerie":"1,2w,1m,1r,17,5,7;4j",
"artillery":"2x,22,2s;4z"
});
