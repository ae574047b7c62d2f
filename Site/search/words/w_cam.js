BRIEFINGS_SEARCH_WORDS("cam",{
"came":"3p,3w;3p",
"camp":"q,1c,18,h,3o,6,1;3r",
"campaient":"70,6;70",
"camps":"q,r,h,a,12,c,13,q,8,6,1c,1,3,3,1,4,3,1,2"
});
