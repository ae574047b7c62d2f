BRIEFINGS_SEARCH_WORDS("ore",{
"orestiada":"0,6e,c,1,1,h"
});
