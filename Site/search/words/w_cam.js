BRIEFINGS_SEARCH_WORDS("cam",{
"came":"3q,49;3q",
"camp":"q,1c,18,i,41,6,1;3s",
"campaient":"7e,6;7e",
"camps":"q,r,h,a,12,d,e,u,q,7,7,1h,3,1,3,3,1,4,3,1,2;5l"
});
