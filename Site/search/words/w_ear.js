BRIEFINGS_SEARCH_WORDS("ear",{
"earlier":"4s,2z;4s",
"early":"4g,3h"
});
