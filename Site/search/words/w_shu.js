BRIEFINGS_SEARCH_WORDS("shu",{
"shughur":"1",
"shut":"7l",
"shuttling":"7h"
});
