BRIEFINGS_SEARCH_WORDS("emm",{
"emmanuel":"0,f,4,h,28,i,3,f,1p,1,1k,e,1,1;10,2t,f,3o"
});
