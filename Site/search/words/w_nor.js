BRIEFINGS_SEARCH_WORDS("nor",{
"nord":"1,o,c,g,7,d,1,2,6,1,1,2,3,a,6,c,1a,5,y,y,k,3,2,8,1,4,3,4;4o,2j,2",
"normaliser":"7m",
"north":"1,2d,1z,2,c,5,5,2,i,8,10,s,3,3,3;4w,5,s,10,v",
"northwest":"1",
"norvegien":"18,i"
});
