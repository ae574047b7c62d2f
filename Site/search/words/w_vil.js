BRIEFINGS_SEARCH_WORDS("vil",{
"villages":"45,3f;45",
"ville":"3a,1c,1h,j,m,4,7;4m,1h"
});
