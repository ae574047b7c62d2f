BRIEFINGS_SEARCH_WORDS("fel",{
"felicite":"3h,4i;3h"
});
