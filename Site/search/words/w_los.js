BRIEFINGS_SEARCH_WORDS("los",{
"lose":"6o,l",
"loss":"6h,t;6h"
});
