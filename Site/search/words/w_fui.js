BRIEFINGS_SEARCH_WORDS("fui",{
"fui":"2y,m,y,2h,8,8,4,5;4i,2h"
});
