BRIEFINGS_SEARCH_WORDS("fel",{
"felicite":"3h,46;3h"
});
