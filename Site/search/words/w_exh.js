BRIEFINGS_SEARCH_WORDS("exh",{
"exhortant":"4z,2h"
});
