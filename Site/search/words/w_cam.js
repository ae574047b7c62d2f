BRIEFINGS_SEARCH_WORDS("cam",{
"came":"4c,3v;4c",
"camp":"q,1d,1u,h,3n,6,1;4e",
"campaient":"7m,6;7m",
"camps":"q,r,h,b,1o,c,12,q,8,6,1c,1,3,3,1,4,3,1,2"
});
