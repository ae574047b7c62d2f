BRIEFINGS_SEARCH_WORDS("cam",{
"came":"3q,3v;3q",
"camp":"q,1d,18,h,3n,6,1;3s",
"campaient":"70,6;70",
"camps":"q,r,h,b,12,c,12,q,8,6,1c,1,3,3,1,4,3,1,2"
});
