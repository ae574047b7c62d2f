BRIEFINGS_SEARCH_WORDS("rah",{
"rahman":"2e,55",
"rahmane":"2e",
"rahmi":"2h,3n,17;2h"
});
