BRIEFINGS_SEARCH_WORDS("evr",{
"evros":"0,v,c,5,k,15,2,h,b,2z,10,3;3k,3a"
});
