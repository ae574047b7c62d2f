BRIEFINGS_SEARCH_WORDS("fay",{
"fayez":"2,d,7,i,6,1,1z,4,2,6,8,3,2a,16,3,4,5,3,3,1,1,1;14,2c,e,3j",
"faylaq":"2h"
});
