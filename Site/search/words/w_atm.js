BRIEFINGS_SEARCH_WORDS("atm",{
"atmosphere":"7h"
});
