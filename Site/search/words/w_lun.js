BRIEFINGS_SEARCH_WORDS("lun",{
"lundi":"41,1,1,y,1,w,6,1,w,7,m,6,1,3,5"
});
