BRIEFINGS_SEARCH_WORDS("ava",{
"avaient":"39,3,1t,s,2,b,q,9,2,7,2,3,1,3,3,5;5x,2,b,q,9",
"avait":"2w,b,8,6,1,2,a,v,d,9,1,1,1,1,e,h,7,4,m,7,1,1,3,1,2,1,3,2,3;3f,9,a,v,d,9,1,1,1,f,h,x",
"avances":"70,k",
"avant":"j,1z,7,8,b,1x,20,d,1,1,7,3,4;55,20"
});
