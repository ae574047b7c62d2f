BRIEFINGS_SEARCH_WORDS("nor",{
"nord":"1,o,c,g,7,e,1,2,6,1,1,2,3,a,6,c,16,4,y,19,5,1,9,1,4,3,4;4k,2c,1",
"normaliser":"7b",
"north":"1,2e,1u,2,c,4,5,2,i,1,10,t,3,3,3;4r,5,1l,w",
"northwest":"1",
"norvegien":"18,i"
});
