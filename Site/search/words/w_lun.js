BRIEFINGS_SEARCH_WORDS("lun",{
"lundi":"3f,1,1,12,1,y,5,1,12,b,l,6,1,3,5"
});
