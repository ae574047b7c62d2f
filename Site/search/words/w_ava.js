BRIEFINGS_SEARCH_WORDS("ava",{
"avaient":"39,2,1o,s,2,9,l,b,1,7,2,3,1,3,3,5;62,w",
"avait":"2w,b,7,6,1,2,5,18,9,1,1,1,1,e,e,7,3,k,7,1,1,3,1,2,1,3,2,3;3e,9,1d,9,2,1,f,e,u",
"avances":"6n,l",
"avant":"j,1z,7,8,b,1r,1t,e,1,1,7,3,4;4z,1t"
});
