BRIEFINGS_SEARCH_WORDS("mac",{
"macron":"0,f,4,h,28,i,3,h,1m,1,1k,6,8,1,1;10,2t,h,1m,1z"
});
