BRIEFINGS_SEARCH_WORDS("lar",{
"large":"3a,3y",
"largely":"7j",
"largement":"2d",
"largest":"42,3h"
});
