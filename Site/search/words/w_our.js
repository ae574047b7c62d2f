BRIEFINGS_SEARCH_WORDS("our",{
"our":"7h"
});
