BRIEFINGS_SEARCH_WORDS("pay",{
"payer":"38",
"pays":"5,4,9,4,2,k,10,1n,2,4,14,4,2,m,q,h,h,1,3,1,3,5,2;55,6,1c,h"
});
