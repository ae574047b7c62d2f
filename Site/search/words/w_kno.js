BRIEFINGS_SEARCH_WORDS("kno",{
"knocked":"4a,39;4a",
"known":"7h"
});
