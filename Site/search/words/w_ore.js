BRIEFINGS_SEARCH_WORDS("ore",{
"orestiada":"0,6q,d,1,1,h"
});
