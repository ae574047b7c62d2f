BRIEFINGS_SEARCH_WORDS("emm",{
"emmanuel":"0,f,4,h,28,i,3,i,1m,1,1m,e,1,1;10,2t,i,3n"
});
