BRIEFINGS_SEARCH_WORDS("nor",{
"nord":"1,o,c,g,7,e,1,2,6,1,1,2,3,a,6,c,16,5,y,1a,4,1,9,1,4,3,4;4l,2c,1",
"normaliser":"7c",
"north":"1,2e,1u,2,d,4,5,2,i,1,12,r,3,3,3;4s,5,1n,u",
"northwest":"1",
"norvegien":"18,i"
});
