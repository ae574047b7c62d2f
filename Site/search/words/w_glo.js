BRIEFINGS_SEARCH_WORDS("glo",{
"global":"74,4;74",
"globalement":"70,9,h"
});
