BRIEFINGS_SEARCH_WORDS("di",{
"di":"1y,3h,20;1y,3h"
});
