BRIEFINGS_SEARCH_WORDS("mac",{
"macron":"0,f,4,h,28,i,3,f,1p,1,1k,6,8,1,1;10,2t,f,1p,1z"
});
