BRIEFINGS_SEARCH_WORDS("ava",{
"avaient":"39,3,1t,s,2,c,q,a,2,7,2,3,1,3,3,5;5x,2,c,q,a",
"avait":"2w,b,8,6,1,2,5,8,s,d,9,1,1,1,1,e,i,7,4,n,7,1,1,3,1,2,1,3,2,3;3f,9,d,s,d,9,1,1,1,f,i,y",
"avances":"71,l",
"avant":"j,1z,7,8,b,1x,21,e,1,1,7,3,4;55,21"
});
