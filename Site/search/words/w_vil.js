BRIEFINGS_SEARCH_WORDS("vil",{
"villages":"44,3f;44",
"ville":"39,1c,1h,j,m,4,7;4l,1h"
});
