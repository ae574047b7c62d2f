BRIEFINGS_SEARCH_WORDS("emm",{
"emmanuel":"0,f,4,h,2v,h,3,d,1l,1,1e,e,1,1;10,3f,d,3e"
});
