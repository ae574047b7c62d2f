BRIEFINGS_SEARCH_WORDS("cam",{
"came":"3q,46;3q",
"camp":"q,1c,18,i,3y,6,1;3s",
"campaient":"7b,6;7b",
"camps":"q,r,h,a,12,d,d,u,q,7,7,1f,3,1,3,3,1,4,3,1,2;5k"
});
