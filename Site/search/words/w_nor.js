BRIEFINGS_SEARCH_WORDS("nor",{
"nord":"1,o,c,g,7,d,1,2,6,1,1,2,3,a,6,c,16,5,y,u,j,4,2,8,1,4,3,4;4k,2f,2",
"normaliser":"7e",
"north":"1,2d,1u,2,d,4,5,2,i,1,14,s,3,3,3;4r,5,1p,v",
"northwest":"1",
"norvegien":"18,i"
});
