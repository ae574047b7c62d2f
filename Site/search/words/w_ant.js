BRIEFINGS_SEARCH_WORDS("ant",{
"anti":"1c",
"antimissile":"x",
"antiterroriste":"33",
"antonio":"g,2b,10,1y,p,h,h,4,4,2,2,2,7;g,3b,1y,p,h,h"
});
