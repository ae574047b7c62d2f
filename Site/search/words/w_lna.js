BRIEFINGS_SEARCH_WORDS("lna",{
"lna":"2,4,b,1e,2b,b,1s,r,j,4,8,4;4h"
});
