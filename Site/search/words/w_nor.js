BRIEFINGS_SEARCH_WORDS("nor",{
"nord":"1,o,c,g,7,d,1,2,6,1,1,2,3,a,6,c,15,4,x,v,j,4,2,8,1,4,3,4;4i,2f,2",
"normaliser":"7c",
"north":"1,2d,1u,2,b,4,5,2,i,8,x,s,3,3,3;4p,5,s,x,v",
"northwest":"1",
"norvegien":"18,i"
});
