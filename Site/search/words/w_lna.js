BRIEFINGS_SEARCH_WORDS("lna",{
"lna":"2,4,b,1e,25,h,1r,r,j,4,8,4;4h"
});
