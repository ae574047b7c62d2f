BRIEFINGS_SEARCH_WORDS("shi",{
"shield":"1,2w,3w,u;7n",
"shiite":"1i",
"ships":"7h,1;7h"
});
