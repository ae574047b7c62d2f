BRIEFINGS_SEARCH_WORDS("pay",{
"payer":"38",
"pays":"5,4,9,4,2,k,10,1n,5,14,4,2,m,p,h,g,1,3,1,3,5,2;54,6,1b,h"
});
