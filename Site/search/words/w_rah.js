BRIEFINGS_SEARCH_WORDS("rah",{
"rahman":"2e,5r",
"rahmane":"2e",
"rahmi":"2h,49,17;2h"
});
