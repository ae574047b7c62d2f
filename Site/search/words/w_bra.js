BRIEFINGS_SEARCH_WORDS("bra",{
"branch":"7x",
"branche":"4,1b,6h"
});
