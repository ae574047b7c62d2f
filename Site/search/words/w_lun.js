BRIEFINGS_SEARCH_WORDS("lun",{
"lundi":"3e,1,1,x,1,w,5,1,y,a,l,6,1,3,5"
});
