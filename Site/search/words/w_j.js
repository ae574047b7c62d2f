BRIEFINGS_SEARCH_WORDS("j",{
"j":"x,6k,c;7h"
});
