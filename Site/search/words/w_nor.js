BRIEFINGS_SEARCH_WORDS("nor",{
"nord":"1,o,c,g,7,e,1,2,6,1,1,2,3,a,6,y,16,4,y,19,5,1,9,1,4,3,4;56,2c,1",
"normaliser":"7x",
"north":"1,2e,2g,2,c,4,5,2,i,1,10,t,3,3,3;5d,5,1l,w",
"northwest":"1",
"norvegien":"18,i"
});
