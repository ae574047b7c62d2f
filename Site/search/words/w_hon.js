BRIEFINGS_SEARCH_WORDS("hon",{
"hongrie":"38,2,21,23",
"honoured":"7h"
});
