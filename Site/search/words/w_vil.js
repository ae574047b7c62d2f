BRIEFINGS_SEARCH_WORDS("vil",{
"villages":"44,3g",
"ville":"39,1a,1h,m,m,4,7;4j,1h"
});
