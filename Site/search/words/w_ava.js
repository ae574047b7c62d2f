BRIEFINGS_SEARCH_WORDS("ava",{
"avaient":"39,3,1s,s,2,b,q,9,2,7,2,3,1,3,3,5;5w,2,b,q,9",
"avait":"2w,b,8,6,1,2,5,7,s,d,9,1,1,1,1,e,h,7,4,m,7,1,1,3,1,2,1,3,2,3;3f,9,c,s,d,9,1,1,1,f,h,x",
"avances":"6z,k",
"avant":"j,1z,7,8,b,1w,20,d,1,1,7,3,4;54,20"
});
