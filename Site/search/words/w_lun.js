BRIEFINGS_SEARCH_WORDS("lun",{
"lundi":"3f,1,1,11,1,y,5,1,11,b,k,6,1,3,5"
});
