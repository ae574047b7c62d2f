BRIEFINGS_SEARCH_WORDS("saf",{
"safely":"6h,u;6h"
});
