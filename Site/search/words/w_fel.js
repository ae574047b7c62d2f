BRIEFINGS_SEARCH_WORDS("fel",{
"felicite":"3h,4j;3h"
});
