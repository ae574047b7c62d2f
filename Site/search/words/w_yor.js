BRIEFINGS_SEARCH_WORDS("yor",{
"york":"2s,10,11,t,3,2,1i,m,6,4;3s"
});
