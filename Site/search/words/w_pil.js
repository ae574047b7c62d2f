BRIEFINGS_SEARCH_WORDS("pil",{
"pilots":"6h,u;6h"
});
