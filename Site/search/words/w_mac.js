BRIEFINGS_SEARCH_WORDS("mac",{
"macedoine":"3k,1",
"macron":"0,f,4,h,2v,h,3,d,1l,1,1e,6,8,1,1;10,3f,d,1l,1t"
});
