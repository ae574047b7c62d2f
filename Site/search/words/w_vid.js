BRIEFINGS_SEARCH_WORDS("vid",{
"vide":"3a",
"videe":"4h,32;4h"
});
