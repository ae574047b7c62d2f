BRIEFINGS_SEARCH_WORDS("tog",{
"together":"7h"
});
