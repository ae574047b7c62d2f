BRIEFINGS_SEARCH_WORDS("vil",{
"villages":"4r,3e;4r",
"ville":"3w,1b,1h,i,n,4,7;57,1h"
});
