BRIEFINGS_SEARCH_WORDS("sie",{
"siecle":"21",
"siege":"2,3,h,s,2g,46",
"siegeant":"m,p,j,1m,1p,2o,8;55",
"siennes":"56,2n"
});
