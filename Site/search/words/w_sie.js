BRIEFINGS_SEARCH_WORDS("sie",{
"siecle":"21",
"siege":"2,3,h,s,2f,3u",
"siegeant":"m,p,j,1l,1i,2j,8;4x",
"siennes":"4y,2i"
});
