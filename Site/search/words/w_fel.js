BRIEFINGS_SEARCH_WORDS("fel",{
"felicite":"3h,4k;3h"
});
