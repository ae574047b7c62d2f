BRIEFINGS_SEARCH_WORDS("fay",{
"fayez":"2,d,7,i,6,1,1z,4,2,6,8,4,2b,17,3,4,5,3,3,1,1,1;14,2c,e,3m",
"faylaq":"2h"
});
