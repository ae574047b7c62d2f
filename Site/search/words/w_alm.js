BRIEFINGS_SEARCH_WORDS("alm",{
"almost":"7h"
});
