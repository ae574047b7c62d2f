BRIEFINGS_SEARCH_WORDS("ore",{
"orestiada":"0,6g,a,1,1,h"
});
