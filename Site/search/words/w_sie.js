BRIEFINGS_SEARCH_WORDS("sie",{
"siecle":"22",
"siege":"2,3,h,s,32,3s",
"siegeant":"m,p,j,28,1j,2g,8;5l",
"siennes":"5m,2f"
});
