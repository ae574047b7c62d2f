BRIEFINGS_SEARCH_WORDS("evr",{
"evros":"0,v,c,5,k,14,2,6,30,13,3;68"
});
