BRIEFINGS_SEARCH_WORDS("evr",{
"evros":"0,v,c,5,k,14,2,6,30,10,3;68"
});
