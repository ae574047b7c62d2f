BRIEFINGS_SEARCH_WORDS("cam",{
"came":"3q,47;3q",
"camp":"q,1c,18,i,3z,6,1;3s",
"campaient":"7c,6;7c",
"camps":"q,r,h,a,12,d,b,x,q,7,7,1f,3,1,3,3,1,4,3,1,2;5l"
});
