BRIEFINGS_SEARCH_WORDS("tob",{
"tobrouk":"2,3,h",
"tobruk":"2,3,h"
});
