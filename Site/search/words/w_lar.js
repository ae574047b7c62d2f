BRIEFINGS_SEARCH_WORDS("lar",{
"large":"3b,3y",
"largely":"7k",
"largement":"2e",
"largest":"43,3h"
});
