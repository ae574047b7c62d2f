BRIEFINGS_SEARCH_WORDS("rah",{
"rahman":"2e,56",
"rahmane":"2e",
"rahmi":"2h,3o,17;2h"
});
