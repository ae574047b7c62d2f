BRIEFINGS_SEARCH_WORDS("mac",{
"macron":"0,f,4,h,28,i,3,i,1m,1,1m,6,8,1,1;10,2t,i,1m,21"
});
