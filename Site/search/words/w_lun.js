BRIEFINGS_SEARCH_WORDS("lun",{
"lundi":"3f,1,1,y,1,x,6,1,w,8,l,6,1,3,5"
});
