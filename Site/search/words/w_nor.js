BRIEFINGS_SEARCH_WORDS("nor",{
"nord":"1,o,c,g,7,d,1,2,6,1,1,2,3,a,6,c,16,5,y,1a,4,1,9,1,4,3,4;4k,2c,1",
"normaliser":"7b",
"north":"1,2d,1u,2,d,4,5,2,i,1,12,r,3,3,3;4r,5,1n,u",
"northwest":"1",
"norvegien":"18,i"
});
