BRIEFINGS_SEARCH_WORDS("yor",{
"york":"2r,16,f,u,1r,5,l,6,4;4c"
});
