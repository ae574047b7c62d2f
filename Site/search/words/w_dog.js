BRIEFINGS_SEARCH_WORDS("dog",{
"dogan":"2h,3o,17;2h"
});
