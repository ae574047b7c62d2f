BRIEFINGS_SEARCH_WORDS("los",{
"lose":"6l,p",
"loss":"6h,u;6h"
});
