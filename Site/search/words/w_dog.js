BRIEFINGS_SEARCH_WORDS("dog",{
"dogan":"2h,49,17;2h"
});
