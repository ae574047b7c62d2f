BRIEFINGS_SEARCH_WORDS("yor",{
"york":"2s,1f,t,3,2,1i,m,6,4"
});
