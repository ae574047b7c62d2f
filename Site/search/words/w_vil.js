BRIEFINGS_SEARCH_WORDS("vil",{
"villages":"45,3e;45",
"ville":"3a,1b,1h,i,n,4,7;4l,1h"
});
