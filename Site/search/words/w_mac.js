BRIEFINGS_SEARCH_WORDS("mac",{
"macron":"0,f,4,h,29,h,3,d,1l,1,1e,6,8,1,1;10,2t,d,1l,1t"
});
