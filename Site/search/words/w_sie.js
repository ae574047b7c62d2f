BRIEFINGS_SEARCH_WORDS("sie",{
"siecle":"21",
"siege":"2,3,h,s,2g,43",
"siegeant":"m,p,j,1m,1o,2m,8;54",
"siennes":"55,2l"
});
