BRIEFINGS_SEARCH_WORDS("saf",{
"safely":"6h,t;6h"
});
