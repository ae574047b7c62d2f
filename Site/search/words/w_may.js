BRIEFINGS_SEARCH_WORDS("may",{
"mayhoub":"a,4h,3e;a,4h"
});
