BRIEFINGS_SEARCH_WORDS("cam",{
"came":"3p,3x;3p",
"camp":"q,1c,18,h,3p,6,1;3r",
"campaient":"71,6;71",
"camps":"q,r,h,a,12,c,11,q,7,7,1f,1,3,3,1,4,3,1,2;5d"
});
