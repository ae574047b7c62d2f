BRIEFINGS_SEARCH_WORDS("glo",{
"global":"7e,4",
"globalement":"79,a,h"
});
