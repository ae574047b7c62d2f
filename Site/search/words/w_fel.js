BRIEFINGS_SEARCH_WORDS("fel",{
"felicite":"3h,47;3h"
});
