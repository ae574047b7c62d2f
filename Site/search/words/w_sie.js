BRIEFINGS_SEARCH_WORDS("sie",{
"siecle":"22",
"siege":"2,3,h,s,2g,3s",
"siegeant":"m,p,j,1m,1j,2g,8;4z",
"siennes":"50,2f"
});
