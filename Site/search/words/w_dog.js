BRIEFINGS_SEARCH_WORDS("dog",{
"dogan":"2h,3n,17;2h"
});
