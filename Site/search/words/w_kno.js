BRIEFINGS_SEARCH_WORDS("kno",{
"knocked":"49,3a;49",
"known":"7h"
});
