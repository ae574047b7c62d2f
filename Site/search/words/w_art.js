BRIEFINGS_SEARCH_WORDS("art",{
"artery":"7k",
"article":"24,b,3z,y;6e",
"artillerie":"1,2x,1i,1o,13,5,7;4g",
"artillery":"2y,1x,2m;4v"
});
