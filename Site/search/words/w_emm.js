BRIEFINGS_SEARCH_WORDS("emm",{
"emmanuel":"0,f,4,h,28,i,3,h,1m,1,1k,e,1,1;10,2t,h,3l"
});
