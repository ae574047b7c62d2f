BRIEFINGS_SEARCH_WORDS("nor",{
"nord":"1,o,c,g,7,d,1,2,6,1,1,2,3,a,6,c,1b,5,y,z,k,4,2,8,1,4,3,4;4p,2l,2",
"normaliser":"7p",
"north":"1,2d,20,2,c,5,5,2,i,8,11,t,3,3,3;4x,5,s,11,w",
"northwest":"1",
"norvegien":"18,i"
});
