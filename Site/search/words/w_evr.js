BRIEFINGS_SEARCH_WORDS("evr",{
"evros":"0,v,c,5,k,15,2,6,2z,10,3;68"
});
