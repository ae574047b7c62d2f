BRIEFINGS_SEARCH_WORDS("aus",{
"aussi":"b,12,15,g,a,3w,g;74",
"aussitot":"6h,16,7;6h",
"austria":"7h"
});
