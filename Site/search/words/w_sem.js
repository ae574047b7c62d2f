BRIEFINGS_SEARCH_WORDS("sem",{
"semaine":"78,8",
"semaines":"1r,1h,19,v,23,1,3;4h"
});
