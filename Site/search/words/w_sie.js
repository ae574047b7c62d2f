BRIEFINGS_SEARCH_WORDS("sie",{
"siecle":"21",
"siege":"2,3,h,s,2f,3w",
"siegeant":"m,p,j,1l,1l,2i,8;50",
"siennes":"51,2h"
});
