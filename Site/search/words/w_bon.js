BRIEFINGS_SEARCH_WORDS("bon",{
"bonne":"7h,c;7h"
});
