BRIEFINGS_SEARCH_WORDS("lna",{
"lna":"2,4,b,1e,28,e,1r,r,i,4,8,4;4h"
});
