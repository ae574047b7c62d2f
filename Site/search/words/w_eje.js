BRIEFINGS_SEARCH_WORDS("eje",{
"ejected":"6h,u;6h"
});
