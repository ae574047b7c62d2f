BRIEFINGS_SEARCH_WORDS("mac",{
"macron":"0,f,4,h,28,h,3,d,1m,1,1e,6,8,1,1;10,2s,d,3f"
});
