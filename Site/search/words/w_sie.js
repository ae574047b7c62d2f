BRIEFINGS_SEARCH_WORDS("sie",{
"siecle":"21",
"siege":"2,3,h,s,2f,3t",
"siegeant":"m,p,j,1l,1k,2g,8;4z",
"siennes":"50,2f"
});
