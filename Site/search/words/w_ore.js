BRIEFINGS_SEARCH_WORDS("ore",{
"orestiada":"0,6g,c,1,1,h"
});
