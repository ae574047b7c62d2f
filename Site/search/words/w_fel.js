BRIEFINGS_SEARCH_WORDS("fel",{
"felicite":"3h,4h;3h"
});
