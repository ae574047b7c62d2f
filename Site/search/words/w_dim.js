BRIEFINGS_SEARCH_WORDS("dim",{
"dimanche":"49,3,5,3,h,v,15,r,2,6,1,3,2,2,1"
});
