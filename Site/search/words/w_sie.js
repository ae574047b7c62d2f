BRIEFINGS_SEARCH_WORDS("sie",{
"siecle":"22",
"siege":"2,3,h,s,2g,3t",
"siegeant":"m,p,j,1m,1k,2g,8;50",
"siennes":"51,2f"
});
