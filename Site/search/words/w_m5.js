BRIEFINGS_SEARCH_WORDS("m5",{
"m5":"1,h,2d,z,2,1b,5,5,17,i,n,4,5,2,1;5h"
});
