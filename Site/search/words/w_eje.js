BRIEFINGS_SEARCH_WORDS("eje",{
"ejected":"6h,t;6h"
});
