BRIEFINGS_SEARCH_WORDS("glo",{
"global":"72,4;72",
"globalement":"6z,8,h"
});
