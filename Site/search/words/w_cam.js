BRIEFINGS_SEARCH_WORDS("cam",{
"came":"3p,3z;3p",
"camp":"q,1c,18,h,3r,6,1;3r",
"campaient":"73,6;73",
"camps":"q,r,h,a,12,c,13,q,8,6,1f,1,3,3,1,4,3,1,2"
});
