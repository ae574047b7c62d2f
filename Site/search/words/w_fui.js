BRIEFINGS_SEARCH_WORDS("fui",{
"fui":"2y,m,10,x,1h,8,8,4,5;4k,x,1h"
});
