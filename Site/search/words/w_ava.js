BRIEFINGS_SEARCH_WORDS("ava",{
"avaient":"3w,2,1n,s,2,9,k,c,1,7,2,3,1,3,3,5;6d,b,w",
"avait":"2x,x,7,6,1,2,5,17,9,1,1,1,1,e,e,7,3,k,7,1,1,3,1,2,1,3,2,3;41,9,1c,9,1,1,1,f,e,u",
"avances":"78,m",
"avant":"j,20,7,8,x,1q,1s,f,1,1,7,3,4;5l,1s"
});
