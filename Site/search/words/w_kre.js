BRIEFINGS_SEARCH_WORDS("kre",{
"kremlin":"t,3,h,19,j,q,t,h,1c,1,2,1,6,6,1,h,1,d,3,1,1,6,3;55,1m"
});
