BRIEFINGS_SEARCH_WORDS("ago",{
"ago":"7v",
"agostini":"7h"
});
