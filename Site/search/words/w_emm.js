BRIEFINGS_SEARCH_WORDS("emm",{
"emmanuel":"0,f,4,h,28,h,3,d,1m,1,1e,e,1,1;10,2s,d,3f"
});
