BRIEFINGS_SEARCH_WORDS("tak",{
"take":"3z,3w,a;3z",
"taken":"4n,2,3g,2;4p",
"taking":"5h,2l;5h"
});
