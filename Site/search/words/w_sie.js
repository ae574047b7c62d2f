BRIEFINGS_SEARCH_WORDS("sie",{
"siecle":"21",
"siege":"2,3,h,s,2f,3t",
"siegeant":"m,p,j,1l,1l,2f,8;50",
"siennes":"51,2e"
});
