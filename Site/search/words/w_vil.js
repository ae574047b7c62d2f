BRIEFINGS_SEARCH_WORDS("vil",{
"villages":"44,3i;44",
"ville":"39,1c,1h,m,m,4,7;4l,1h"
});
