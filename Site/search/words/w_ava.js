BRIEFINGS_SEARCH_WORDS("ava",{
"avaient":"3a,2,1o,s,2,9,l,b,1,7,2,3,1,3,3,5;63,w",
"avait":"2x,b,7,6,1,2,5,18,9,1,1,1,1,e,e,7,3,k,7,1,1,3,1,2,1,3,2,3;3f,9,1d,9,2,1,f,e,u",
"avances":"6o,l",
"avant":"j,20,7,8,b,1r,1t,e,1,1,7,3,4;50,1t"
});
