BRIEFINGS_SEARCH_WORDS("pil",{
"pilots":"6h,t;6h"
});
