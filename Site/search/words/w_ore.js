BRIEFINGS_SEARCH_WORDS("ore",{
"orestiada":"0,6f,a,1,1,h"
});
