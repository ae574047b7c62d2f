BRIEFINGS_SEARCH_WORDS("hon",{
"hongrie":"39,2,20,23",
"honoured":"7h"
});
